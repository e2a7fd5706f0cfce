package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunSmall(t *testing.T) {
	args := []string{"-trials", "2000", "-nmin", "5", "-nmax", "7", "-seed", "3", "-rules", "kinds>=2;m>2/3"}
	var a, b bytes.Buffer
	if err := run(args, &a); err != nil {
		t.Fatal(err)
	}
	if err := run(args, &b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("same seed, different output")
	}
	out := a.String()
	for _, want := range []string{"sgx/tdx/csv", "P(forge)", "1/2/2", "1/3/2", "1/3/3", "kinds>=2", "m>=5"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// 3 sizes × 2 rules, plus the header line.
	if rows := strings.Count(out, "\n") - strings.Count(out, "# ") - 1; rows != 6 {
		t.Errorf("%d table rows, want 6:\n%s", rows, out)
	}
	t.Logf("\n%s", out)
}

func TestRunErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-rules", "bogus>=1"},
		{"-kinds", "sgx,xyz"},
		{"-ratio", "1,x"},
		{"-compromise", "sgx=2"},
		{"-nmin", "9", "-nmax", "3"},
		{"-trials", "0"},
		{"-kinds", "sgx,tdx", "-ratio", "1,2,2"},
		{"extra"},
	} {
		var out bytes.Buffer
		if err := run(args, &out); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}
