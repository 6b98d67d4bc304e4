// Start-up time: bench/script/run times `netbench run empty.js` against `node empty.js`.
