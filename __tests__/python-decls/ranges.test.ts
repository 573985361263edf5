import { loadPythonParser as loadGrammar, parsePython } from '../../src/lang/python/parser';

const parse = (text: string) => parsePython(text).rootNode;
import { moduleFacts } from '../../src/lang/python/declarations';

function slices(text: string): string[] {
  return moduleFacts(text, parse(text)).declarations.map((decl) => text.slice(decl.start, decl.end));
}

describe('declaration ranges', () => {
  beforeAll(loadGrammar);

  it('takes the comment lines directly above, never a shebang, a trailing comment or a detached block', () => {
    const text = [
      '#!/usr/bin/env python3',
      '# Opening comment about A.',
      'A = 1  # trailing note',
      'B = 2',
      '# detached',
      '',
      '    # indented comment about f',
      '@decorator  # on the decorator',
      '# between decorator and def',
      'def f():',
      '    return 1',
      '    # trailing comment inside f',
      'C = 3',
    ].join('\n');
    expect(slices(text)).toEqual([
      '# Opening comment about A.\nA = 1  # trailing note\n',
      'B = 2\n',
      '    # indented comment about f\n@decorator  # on the decorator\n# between decorator and def\ndef f():\n    return 1\n    # trailing comment inside f\n',
      'C = 3',
    ]);
    expect(moduleFacts(text, parse(text)).declarations.map((decl) => decl.line)).toEqual([3, 4, 8, 13]);
  });

  it('counts offsets in UTF-16 code units like JavaScript strings, across CRLF line ends', () => {
    const text = 'GREETING = "héllo ✓ 𝄞"\r\n# about K\r\nclass K:\r\n    pass\r\n';
    const [greeting, k] = moduleFacts(text, parse(text)).declarations;
    expect(text.slice(greeting.start, greeting.end)).toBe('GREETING = "héllo ✓ 𝄞"\r\n');
    expect(text.slice(k.start, k.end)).toBe('# about K\r\nclass K:\r\n    pass\r\n');
    expect(k.line).toBe(3);
  });

  it('counts only top-level statements: nested functions and classes stay inside their parent', () => {
    const text = 'def outer():\n    def inner():\n        pass\n    class Local:\n        pass\n    return inner, Local\n';
    expect(moduleFacts(text, parse(text)).declarations.map((decl) => [decl.names, decl.uses])).toEqual([[['outer'], []]]);
  });
});

describe('annotation-only uses', () => {
  beforeAll(loadGrammar);

  it('reads string annotations as expressions but Literal strings as values', () => {
    const text = [
      'def handle(event: "Event[Payload]", mode: Literal["fast", "slow"] = DEFAULT) -> "Optional[Result]":',
      '    result: "Result | None" = None',
      '    return cast("Result", convert(event))',
      '',
    ].join('\n');
    const [handle] = moduleFacts(text, parse(text)).declarations;
    expect(handle.uses).toEqual(['Event', 'Payload', 'Literal', 'DEFAULT', 'Optional', 'Result', 'cast', 'convert']);
    expect(handle.annotationOnlyUses).toEqual(['Event', 'Payload', 'Literal', 'Optional', 'Result']);
  });

  it('keeps a name used at runtime too out of the annotation-only subset', () => {
    const text = 'def make(kind: Kind) -> Kind:\n    return Kind(kind)\n\nclass Holder:\n    item: Item\n    default = Item()\n';
    expect(moduleFacts(text, parse(text)).declarations.map((decl) => [decl.uses, decl.annotationOnlyUses])).toEqual([
      [['Kind'], []],
      [['Item'], []],
    ]);
  });
});
