// Package measure takes real measurements of a running Linux process and of
// file trees, for Proof of Service Integrity.
//
// [Observe] reads /proc/PID and returns a [Process]: the sha256 of the
// executable that actually runs (read through /proc/PID/exe, i.e. the inode
// the kernel executes, not whatever the path names now), whether the file at
// the executable's path has since been replaced or deleted, argv, the
// environment as names and sha256 of values (the values themselves are never
// kept), the start time and boot id (a restart changes them), the cgroup,
// the namespace ids, the file-backed executable mappings (hashed through
// /proc/PID/map_files, again the mapped inode) and the listening sockets
// (from /proc/PID/net/{tcp,tcp6,udp,udp6}, i.e. in the process's own network
// namespace, matched to the process through the socket inodes of its open
// file descriptors). [Process.CanonicalBytes] is a deterministic encoding and
// [DecodeProcess] its strict inverse, so evidence can be replayed and
// re-appraised byte for byte; [Process.Hash] is sha256 of it.
//
// [FileTree] hashes a directory deterministically: relative paths, types,
// permission bits, symlink targets (never followed) and contents, sorted, with
// bounds on entries and bytes.
//
// Security assumptions. The measuring code runs as root (or with
// CAP_SYS_PTRACE and CAP_SYS_ADMIN) in the same PID namespace as the service
// or above it, inside the TEE whose attestation covers this code; the kernel
// and its procfs are trusted (a kernel compromise defeats any measurement
// taken from inside the same machine — that is what the TEE's launch
// measurement is for). A running executable cannot be modified in place (the
// kernel refuses writes with ETXTBSY), so replacing a binary means a new inode,
// which [Executable.Replaced] detects, and running it means a restart, which
// the start time and executable digest detect. /proc/PID/environ is the
// environment given at exec: later setenv calls by the process itself are not
// seen. The sha256 of an environment value hides only high-entropy secrets: a
// low-entropy value can be guessed from its hash, so a manifest should only
// require such variables to be present. Measurements race with the process:
// Observe re-reads the start time at the end and fails with [ErrChanged] if
// the process was replaced meanwhile.
//
// Every parser of /proc text has bounds and returns typed errors
// ([ErrMalformed], [ErrTooLarge]); a process that does not exist gives
// [ErrNoProcess].
package measure
