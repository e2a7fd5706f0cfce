package certchain

import (
	"crypto/x509"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// Validity is an intersection of validity windows (certificates,
// documents, CRLs), which becomes Claims.NotBefore/NotAfter. A zero bound
// is unbounded.
type Validity struct{ NotBefore, NotAfter time.Time }

// Narrow intersects v with [nb, na]; a zero bound leaves that side as is.
func (v *Validity) Narrow(nb, na time.Time) {
	if !nb.IsZero() && (v.NotBefore.IsZero() || nb.After(v.NotBefore)) {
		v.NotBefore = nb
	}
	if !na.IsZero() && (v.NotAfter.IsZero() || na.Before(v.NotAfter)) {
		v.NotAfter = na
	}
}

// NarrowCerts intersects v with the validity of each certificate.
func (v *Validity) NarrowCerts(certs []*x509.Certificate) {
	for _, c := range certs {
		v.Narrow(c.NotBefore, c.NotAfter)
	}
}

// Window is the intersection of validity periods (Validity, whose bounds
// become the claims'), with the name of each contributor so that an
// expiry says what expired.
type Window struct {
	Validity
	pkg   string
	items []windowItem
}

type windowItem struct {
	name                string
	notBefore, notAfter time.Time
}

// NewWindow returns an empty window whose errors name pkg, the verifier
// ("sevsnp", "tdx").
func NewWindow(pkg string) *Window { return &Window{pkg: pkg} }

// Add intersects the window with [notBefore, notAfter], named name.
func (w *Window) Add(name string, notBefore, notAfter time.Time) {
	w.items = append(w.items, windowItem{name, notBefore, notAfter})
	w.Narrow(notBefore, notAfter)
}

// AddCerts adds each certificate's validity, named after what and the
// certificate's common name.
func (w *Window) AddCerts(what string, certs []*x509.Certificate) {
	for _, c := range certs {
		w.Add(fmt.Sprintf("%s certificate %q", what, c.Subject.CommonName), c.NotBefore, c.NotAfter)
	}
}

// Check returns attest.ErrExpired naming the first item whose period does
// not contain now.
func (w *Window) Check(now time.Time) error {
	for _, it := range w.items {
		if now.Before(it.notBefore) {
			return fmt.Errorf("%w: %s: %s is not valid before %s (verification time %s)",
				attest.ErrExpired, w.pkg, it.name, it.notBefore.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
		if now.After(it.notAfter) {
			return fmt.Errorf("%w: %s: %s expired at %s (verification time %s)",
				attest.ErrExpired, w.pkg, it.name, it.notAfter.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
	}
	return nil
}
