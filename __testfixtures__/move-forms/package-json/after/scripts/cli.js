#!/usr/bin/env node
require('../src/main');
