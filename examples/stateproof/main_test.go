package main

import (
	"context"
	"testing"
)

func TestRun(t *testing.T) {
	if err := run(context.Background(), 1000); err != nil {
		t.Fatal(err)
	}
}
