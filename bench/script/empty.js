// Start-up time: bench/run (script_startup) times `netbench run empty.js` against `node empty.js`.
