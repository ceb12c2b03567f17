#!/bin/sh
# Print the web in the order cweave reads it: lstm.w with its @i files
# inlined, each line prefixed by its file and line number and a tab
# ("chapters/forward.w:12<TAB>text").  tests/equations.sh and
# tests/prose.sh read it.  Usage: tests/web-lines.sh (from the top directory)
awk 'function scan(path,    line, n, name) {
       n = 0
       while ((getline line < path) > 0) {
         n++
         if (line ~ /^@i[ \t]/) {
           name = line; sub(/^@i[ \t]+/, "", name); sub(/[ \t].*$/, "", name)
           scan(name); continue
         }
         print path ":" n "\t" line
       }
       close(path)
     }
     BEGIN { scan("lstm.w") }'
