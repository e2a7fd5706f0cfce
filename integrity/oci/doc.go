// Package oci reads OCI image layouts by pinned digests and unpacks their
// layers into a root filesystem safely.
//
// An image is named by a [Pin]: the sha256 digest of its manifest, and
// optionally of the image index that must list it and of its config. Tags
// are refused ([ParseReference] accepts "name@sha256:..." or "sha256:..."
// only): a tag is a mutable pointer the layout's owner can move. Nothing of
// index.json is trusted: [Layout.Resolve] reads the pinned blobs from the
// content-addressed store, checks every blob's sha256 and size against the
// descriptor that names it (index → manifest → config → layers), checks
// media types, and checks that the config's diff ids match the layers; the
// layer contents are hashed again (compressed digest and uncompressed diff
// id) while [Image.Unpack] streams them, so a blob changed between the
// check and the unpack is caught too.
//
// Unpacking treats every layer as hostile. Entries are written through an
// [os.Root], so no path ("../x", absolute names, a symlink planted by an
// earlier entry or layer pointing outside) can make the unpacker create,
// remove or write anything outside the destination; hard links must name
// a file inside it; device nodes are refused (the unpacker runs as root);
// OCI whiteouts (".wh.name", ".wh..wh..opq") delete from lower layers only;
// total bytes, entries and each file's size are bounded ([UnpackOptions]),
// which also bounds decompression bombs. Owners and timestamps are not
// restored (files belong to the unpacking user); permission bits, setuid
// and setgid included, are.
//
// [WriteLayout] builds a small layout from files and raw tar layers, for
// tests and examples. The media types follow the OCI image spec (the spec
// types come from github.com/opencontainers/image-spec).
package oci
