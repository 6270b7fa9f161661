import module from 'node:module';
module.enableCompileCache?.();
await import('./entries/meshci.js');
