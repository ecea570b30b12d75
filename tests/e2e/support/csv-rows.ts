// Reads a CSV file back as RFC 4180 defines it, strictly: fields quoted or not, quotes doubled inside
// quoted ones, CRLF after every row (a bare line break outside quotes is refused), the UTF-8 byte
// order mark skipped. Used by the month's unit test and its real-browser test alike.

export function csvRows(text: string, separator: ',' | ';'): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (body[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`a quote inside an unquoted field, row ${rows.length + 1}`);
      quoted = wasQuoted = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a line break outside quotes that is not CRLF, row ${rows.length + 1}`);
    } else {
      if (wasQuoted) throw new Error(`text after a quoted field, row ${rows.length + 1}`);
      field += c;
    }
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}
