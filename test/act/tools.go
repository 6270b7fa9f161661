//go:build tools

// Package tools pins nektos/act, the Actions runner the workflow tests run in host mode (see
// test/kube/README.md): nothing here is meshci's code.
package tools

import _ "github.com/nektos/act"
