//go:build tools

// Package tools pins the upstream Linkerd programs test/real/linkerd-upstream.test.ts runs against
// the local cluster (see test/kube/build-linkerd.ts): the linkerd CLI and the controller binary
// whose `identity` subcommand is Linkerd's identity controller. Nothing here is meshci's code.
package tools

import (
	_ "github.com/linkerd/linkerd2/cli"
	_ "github.com/linkerd/linkerd2/controller/cmd"
)
