package oci

import "runtime"

func goarch() string { return runtime.GOARCH }
