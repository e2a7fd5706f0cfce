package runtime_test

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func grpcNotFound() error { return status.Error(codes.NotFound, "container not found") }
