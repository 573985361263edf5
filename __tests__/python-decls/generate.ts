/**
 * A seeded generator of Python 3.11 modules that stress scoping: the same few names are reused as
 * module names, parameters, locals, class attributes, comprehension variables and match captures, so
 * a mistake in which scope a name resolves to shows up as a difference from CPython's symtable.
 */
const NAMES = ['a', 'b', 'c', 'd', 'e', 'K', 'X', 'Y', 'f', 'g'];

type Pick = () => string;

const TEMPLATES: ((n: Pick) => string)[] = [
  (n) => `def ${n()}(${n()}, q=${n()}, *r, s: ${n()} = ${n()}, **t) -> ${n()}:\n    ${n()} = q + ${n()}\n    return [${n()} for ${n()} in ${n()} if ${n()} > q]\n`,
  (n) => `class ${n()}(${n()}):\n    ${n()} = ${n()}\n    z = [${n()} for w in ${n()}]\n    def m(self, u=${n()}):\n        return ${n()} + u\n`,
  (n) => {
    const shared = n();
    return `def ${n()}():\n    ${shared} = 1\n    def inner():\n        nonlocal ${shared}\n        ${shared} = ${n()}\n        return ${n()}\n    return inner\n`;
  },
  (n) => `def ${n()}():\n    global ${n()}\n    ${n()} += ${n()}\n    del ${n()}\n`,
  (n) => `${n()} = lambda ${n()}, y=${n()}: ${n()} + y + ${n()}\n${n()} = lambda: ${n()}\n`,
  (n) => {
    const written = n();
    return `def ${n()}():\n    global ${written}\n    for ${written} in ${n()}:\n        pass\n    with ${n()} as ${written}:\n        return ${n()}\n`;
  },
  (n) => `${n()} = [(${n()} := v) for v in ${n()} if ${n()}]\n`,
  (n) => `for ${n()}, ${n()} in ${n()}:\n    ${n()}.attr = ${n()}[${n()}]\n`,
  (n) => `with ${n()}(${n()}) as ${n()}, ${n()} as (${n()}, ${n()}):\n    pass\n`,
  (n) => `try:\n    ${n()}()\nexcept ${n()} as ${n()}:\n    raise ${n()} from ${n()}\n`,
  (n) => `match ${n()}:\n    case ${n()}.${n()}:\n        pass\n    case P(x=${n()}, y=[0, *${n()}]) if ${n()}:\n        pass\n    case {"k": ${n()}.${n()}, **${n()}}:\n        pass\n    case ${n()}:\n        pass\n`,
  (n) => `def ${n()}(p: "${n()}[${n()}]", q: "Literal['${n()}']" = ${n()}) -> "${n()} | None":\n    v: "${n()}" = p\n    return v\n`,
  (n) => `def ${n()}(m: Literal["${n()}"], k: typing.Literal['${n()}'] = ${n()}) -> dict[${n()}, "${n()}"]:\n    return {m: k}\n`,
  (n) => `@${n()}.register(${n()})\n@${n()}\nclass ${n()}:\n    ${n()}: ${n()} = ${n()}\n    ${n()}: "${n()}"\n`,
  (n) => `${n()} = {${n()}: ${n()} for ${n()}, ${n()} in ${n()}.items()}\n${n()} = {${n()} for ${n()} in (${n()} for ${n()} in ${n()})}\n`,
  (n) => `${n()}: ${n()}[${n()}] = ${n()}(${n()}=${n()}, **${n()})\n`,
  (n) => `${n()} += ${n()}\nif ${n()}:\n    ${n()} |= {${n()}}\n    ${n()}.${n()} -= 1\n    del ${n()}, ${n()}[0]\n`,
  (n) => `async def ${n()}(${n()}):\n    async with ${n()} as ${n()}:\n        async for ${n()} in ${n()}:\n            await ${n()}\n`,
  (n) => `if ${n()}:\n    ${n()} = f"{${n()}!r:>{${n()}}}"\nelif ${n()}:\n    import ${n()}.${n()}\nelse:\n    from ${n()} import ${n()} as ${n()}\n`,
];

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` modules of 4–12 statements each, the same for the same seed. */
export function generateModules(count: number, seed: number): string[] {
  const next = random(seed);
  const pick: Pick = () => NAMES[Math.floor(next() * NAMES.length)];
  const modules: string[] = [];
  for (let i = 0; i < count; i++) {
    const statements = 4 + Math.floor(next() * 9);
    let text = '';
    for (let s = 0; s < statements; s++) text += TEMPLATES[Math.floor(next() * TEMPLATES.length)](pick) + '\n';
    modules.push(text);
  }
  return modules;
}
