import { createTrustedDocuments, sha256Hex } from '../src';

describe('createTrustedDocuments', () => {
  const document = 'query Residencia { citizen(ci: "1234567") { names } }';

  it('finds documents by hash and recognises their exact text', () => {
    const documents = createTrustedDocuments({ [sha256Hex(document)]: document });
    expect(documents.size).toBe(1);
    expect(documents.find(sha256Hex(document))).toBe(document);
    expect(documents.find(sha256Hex(`${document} `))).toBeNull();
    expect(documents.isRegistered(document)).toBe(true);
    expect(documents.isRegistered(`${document} `)).toBe(false);
  });

  it('refuses a manifest that is not an object, a key that is not a SHA-256, a value that is not its document', () => {
    expect(() => createTrustedDocuments([document])).toThrow(
      'the trusted-documents manifest must be a JSON object { "<sha256 hex>": "<document>" }',
    );
    expect(() => createTrustedDocuments({ Residencia: document })).toThrow('trusted-documents manifest: key "Residencia" is not a lowercase SHA-256 hex');
    expect(() => createTrustedDocuments({ [sha256Hex(document)]: 42 })).toThrow(`the value of ${sha256Hex(document)} is not a string`);
    expect(() => createTrustedDocuments({ [sha256Hex('{ a }')]: document })).toThrow(
      `trusted-documents manifest: ${sha256Hex('{ a }')} is not the SHA-256 of its document`,
    );
  });
});
