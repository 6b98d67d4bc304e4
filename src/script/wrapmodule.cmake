# Turns one of the runtime's JS files into an ES module whose default export is a function of
# PARAMS with the file as its body. Qt's engine compiles modules with its fast property
# lookups; QJSEngine::evaluate() compiles without them (about 15-40% slower on the hot paths).
# The header goes on the file's first line so line numbers stay those of the source.
# cmake -DIN=file.js -DOUT=file.mjs -DPARAMS="a, b" -P wrapmodule.cmake
file(READ "${IN}" body)
file(WRITE "${OUT}.tmp" "export default function (${PARAMS}) { ${body}\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
