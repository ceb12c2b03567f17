#!/bin/sh
# generated/ must be what `make tangle' writes from the web: tangle into a
# scratch copy of the tree and compare.
set -e
if ! command -v ctangle >/dev/null 2>&1; then
  echo "SKIP: freshness of generated/ (ctangle is not installed)"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -R lstm.w chapters Makefile "$tmp"/
mkdir -p "$tmp"/generated
make -s -C "$tmp" tangle >/dev/null
if diff -r "$tmp"/generated generated >/dev/null; then
  echo "PASS: generated/ is fresh"
else
  diff -r "$tmp"/generated generated | head -20
  echo "FAIL: generated/ differs from what 'make tangle' writes; run make tangle and commit"
  exit 1
fi
