import module from 'node:module';
module.enableCompileCache?.();
await import('./entries/republish.js');
