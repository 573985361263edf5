#!/usr/bin/env node
require('../src/index');
