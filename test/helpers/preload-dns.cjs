// Test plumbing, loaded into action processes with NODE_OPTIONS=--require: resolves the test-only
// domain *.vault.test to loopback (what an /etc/hosts line would do), so the Key Vault double can be
// reached by a name that passes the SDK's challenge-resource check. Every other name resolves as usual.
const dns = require('node:dns');
const original = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (typeof hostname === 'string' && hostname.endsWith('.vault.test')) {
    if (options && options.all) return process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
    return process.nextTick(callback, null, '127.0.0.1', 4);
  }
  return original.call(this, hostname, options, callback);
};
