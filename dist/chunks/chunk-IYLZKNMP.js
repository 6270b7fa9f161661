import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/data/dgraph-api-proto.ts
var DGRAPH_API_PROTO = `// Excerpt of dgraph-io/dgo protos/api.proto: the service and the messages its rpcs name.
syntax = "proto3";

package api;

option go_package = "github.com/dgraph-io/dgo/v250/protos/api";

service Dgraph {
  rpc Login (LoginRequest) returns (Response) {}
  rpc Query (Request) returns (Response) {}
  rpc Alter (Operation) returns (Payload) {}
  rpc CommitOrAbort (TxnContext) returns (TxnContext) {}
  rpc CheckVersion(Check) returns (Version) {}
}

message LoginRequest { string userid = 1; string password = 2; string refresh_token = 3; uint64 namespace = 4; }
message Request { uint64 start_ts = 1; string query = 4; map<string, string> vars = 5; bool read_only = 6; }
message Response { bytes json = 1; TxnContext txn = 2; }
message Operation { string schema = 1; bool drop_all = 2; }
message Payload { bytes Data = 1; }
message TxnContext { uint64 start_ts = 1; uint64 commit_ts = 2; bool aborted = 3; repeated string keys = 4; }
message Check {}
message Version { string tag = 1; }
`;

export {
  DGRAPH_API_PROTO
};
