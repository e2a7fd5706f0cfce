package integrity

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/quorum"
)

var (
	// ErrImageMismatch is an image whose verified digests are not the manifest's:
	// the agent refuses to run it.
	ErrImageMismatch = errors.New("integrity: image digests differ from the manifest")
	// ErrNotDeployed is a measurement before Deploy.
	ErrNotDeployed = errors.New("integrity: nothing deployed")
)

// Instance is a deployed service instance.
type Instance struct {
	ID   common.Hash // container/instance id
	PID  int         // its main process on this host
	Root string      // its root filesystem on this host
}

// Runtime deploys images. Resolve verifies an image's blobs against their
// digests (content addressing: nothing of a tag or an index is trusted) and
// returns them; Start runs a resolved image.
type Runtime interface {
	Resolve(ctx context.Context, ref string) (ImageDigests, error)
	Start(ctx context.Context, ref string) (Instance, error)
}

// Measurer observes a running instance (integrity/measure on Linux). It
// reports a process that is gone as Observation{Running: false}.
type Measurer interface {
	Measure(ctx context.Context, inst Instance) (Observation, error)
}

// InstanceRecorder records a deployment on chain (Registry.RecordInstance
// with the agent's transactor).
type InstanceRecorder func(ctx context.Context, service, manifest, instance, imageDigest common.Hash) error

// AgentConfig holds an agent's required settings.
type AgentConfig struct {
	Manifest *Manifest
	Signer   quorum.Signer // the agent's enclave key (its address is registered as the service's agent)
	Runtime  Runtime
	Measurer Measurer
	Chain    ChainReader      // anchors
	Record   InstanceRecorder // optional
	Window   int              // records kept and published (default 8, at most MaxRecords)
	Logger   *slog.Logger
}

// Agent deploys a registered image and publishes signed measurement evidence.
type Agent struct {
	cfg      AgentConfig
	manifest common.Hash

	mu      sync.Mutex
	inst    *Instance
	records []Record
	next    uint64
	prev    common.Hash
	latest  *Evidence
}

// NewAgent checks the configuration.
func NewAgent(cfg AgentConfig) (*Agent, error) {
	if cfg.Signer == nil || cfg.Runtime == nil || cfg.Measurer == nil || cfg.Chain == nil {
		return nil, errors.New("integrity: agent needs Signer, Runtime, Measurer and Chain")
	}
	h, err := cfg.Manifest.Hash()
	if err != nil {
		return nil, err
	}
	if cfg.Window <= 0 {
		cfg.Window = 8
	}
	cfg.Window = min(cfg.Window, MaxRecords)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Agent{cfg: cfg, manifest: h}, nil
}

// Deploy verifies the image's digests against the manifest before anything
// runs, starts it, and records the instance.
func (a *Agent) Deploy(ctx context.Context, ref string) (Instance, error) {
	d, err := a.cfg.Runtime.Resolve(ctx, ref)
	if err != nil {
		return Instance{}, err
	}
	if d != a.cfg.Manifest.Image {
		return Instance{}, fmt.Errorf("%w: %+v, manifest %+v", ErrImageMismatch, d, a.cfg.Manifest.Image)
	}
	inst, err := a.cfg.Runtime.Start(ctx, ref)
	if err != nil {
		return Instance{}, err
	}
	a.mu.Lock()
	a.inst = &inst
	a.mu.Unlock()
	if a.cfg.Record != nil {
		if err := a.cfg.Record(ctx, a.cfg.Manifest.ID(), a.manifest, inst.ID, digestOf(d)); err != nil {
			return inst, fmt.Errorf("integrity: record instance: %w", err)
		}
	}
	a.cfg.Logger.Info("deployed", "service", a.cfg.Manifest.Service, "instance", inst.ID, "pid", inst.PID)
	return inst, nil
}

// Measure takes one measurement (event names why: "period", "exit",
// "file-change"), appends it to the log anchored to the chain head, and
// returns the newly signed evidence.
func (a *Agent) Measure(ctx context.Context, event string) (*Evidence, error) {
	a.mu.Lock()
	inst := a.inst
	a.mu.Unlock()
	if inst == nil {
		return nil, ErrNotDeployed
	}
	head, err := a.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	obs, err := a.cfg.Measurer.Measure(ctx, *inst)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	rec := Record{Seq: a.next, Prev: a.prev, Anchor: Anchor{Number: head.Number.Uint64(), Hash: head.Hash(), Time: head.Time}, Event: event, Obs: obs}
	a.next++
	a.prev = rec.Hash()
	a.records = append(a.records, rec)
	if len(a.records) > a.cfg.Window {
		a.records = append([]Record(nil), a.records[len(a.records)-a.cfg.Window:]...)
	}
	e := &Evidence{Service: a.cfg.Manifest.ID(), Manifest: a.manifest, Agent: a.cfg.Signer.Address(), Records: append([]Record(nil), a.records...)}
	sig, err := a.cfg.Signer.Sign(e.SignBytes())
	if err != nil {
		return nil, err
	}
	e.Sig = sig
	a.latest = e
	return e, nil
}

// Evidence is the latest signed evidence (nil before the first measurement).
func (a *Agent) Evidence() *Evidence {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.latest
}

// Handler serves GET /evidence: the latest evidence as JSON. It reads no
// request body, so a stranger cannot make it store anything; the response
// is at most Window records.
func (a *Agent) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /evidence", func(w http.ResponseWriter, r *http.Request) {
		e := a.Evidence()
		if e == nil {
			http.Error(w, "no evidence yet", http.StatusServiceUnavailable)
			return
		}
		b, err := e.Encode()
		if err != nil {
			http.Error(w, "encode", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(b)
	})
	return http.MaxBytesHandler(mux, 0)
}
