// A program that never ends: a timer keeps node's event loop alive.
setInterval(() => undefined, 1000);
