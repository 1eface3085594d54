#!/usr/bin/env node
// Runs the origin from its TypeScript sources.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
