package rollup

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/quorum"
)

// LeaderSchedule decides which sequencers propose at a height and round.
// It only shapes liveness and cost: enclaves vote for any proposal that
// extends their checkpoint and re-executes to the proposed header, and the
// TSC takes the first certified header per height, so a wrong or malicious
// schedule can waste work but cannot make a bad header certified.
type LeaderSchedule interface {
	IsLeader(member int, height, round uint64, parent common.Hash) bool
}

// FreeCompetition is the paper's schedule: every sequencer proposes; the
// TSC takes the first valid header of each height.
type FreeCompetition struct{}

func (FreeCompetition) IsLeader(int, uint64, uint64, common.Hash) bool { return true }

// RoundRobin rotates the leader over the N members by height; a round that
// times out moves to the next member.
type RoundRobin struct{ N int }

func (r RoundRobin) IsLeader(member int, height, round uint64, _ common.Hash) bool {
	if r.N <= 0 {
		return false
	}
	return uint64(member) == (height+round)%uint64(r.N)
}

// StakeWeighted draws one leader per (height, round) with probability
// proportional to weight, from a seed every member computes alike: the
// parent header hash. A leader cannot grind the seed without first
// getting a header certified.
type StakeWeighted struct{ Weights []uint64 }

// FromCommittee weights members by their committee weight.
func StakeWeightedFrom(c *quorum.Committee) StakeWeighted {
	w := make([]uint64, len(c.Members))
	for i, m := range c.Members {
		w[i] = m.Weight
	}
	return StakeWeighted{Weights: w}
}

func (s StakeWeighted) IsLeader(member int, height, round uint64, parent common.Hash) bool {
	var total uint64
	for _, w := range s.Weights {
		total += w
	}
	if total == 0 || member < 0 || member >= len(s.Weights) {
		return false
	}
	var buf [48]byte
	copy(buf[:], parent[:])
	binary.BigEndian.PutUint64(buf[32:], height)
	binary.BigEndian.PutUint64(buf[40:], round)
	seed := crypto.Keccak256(buf[:])
	// Reduce a 64-bit draw modulo total: the bias is below total/2^64.
	x := binary.BigEndian.Uint64(seed) % total
	for i, w := range s.Weights {
		if x < w {
			return i == member
		}
		x -= w
	}
	return false
}
