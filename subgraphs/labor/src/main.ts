import subgraph from './index';

void subgraph.main();
