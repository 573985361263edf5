"""Oracle for the tokenizer test: the spans of STRING tokens per Python's tokenize module.

Reads a JSON array of texts on stdin; writes, per text, {"spans": [[start, end], ...]} in UTF-16
offsets, or {"skip": reason} when tokenize rejects the text.
"""
import io
import json
import re
import sys
import tokenize


def spans(text):
    starts, last = [0], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(starts[-1] + len(text[last:m.end()].encode("utf-16-le")) // 2)
        last = m.end()
    lines = re.split(r"\r\n|\r|\n", text)

    def offset(row, col):
        # tokenize counts code points; JavaScript counts UTF-16 code units.
        return starts[row - 1] + len(lines[row - 1][:col].encode("utf-16-le")) // 2

    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text, newline="").readline):
            if tok.type == tokenize.STRING:
                out.append([offset(*tok.start), offset(*tok.end)])
    except (tokenize.TokenError, SyntaxError) as error:
        return {"skip": str(error)}
    return {"spans": out}


if __name__ == "__main__":
    json.dump([spans(text) for text in json.load(sys.stdin)], sys.stdout)
