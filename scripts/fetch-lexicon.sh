#!/usr/bin/env bash
# Without root: fetch Debian's myspell-fa and put its fa_IR.dic in data/lexicon/ (gitignored), where
# src/text/lexicon.ts looks for it after $CHAPAR_FA_DIC and before /usr/share/hunspell/fa_IR.dic.
# (As root, `apt-get install myspell-fa` does the same for every checkout.) The list is GPL and is
# read at run time only; it is never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=data/lexicon
if [ -e "$dest/fa_IR.dic" ]; then echo "$dest/fa_IR.dic is already there"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download myspell-fa >/dev/null)
dpkg-deb -x "$tmp"/myspell-fa_*.deb "$tmp/x"
mkdir -p "$dest"
cp "$tmp/x/usr/share/hunspell/fa_IR.dic" "$dest/fa_IR.dic"
echo "wrote $dest/fa_IR.dic ($(wc -l < "$dest/fa_IR.dic") lines)"
