#!/usr/bin/env node
// The CLI's entry: a committed file, so installing the workspace links the binary before the
// package is built (the built CLI lives in dist/).
import '../dist/cli.js'
