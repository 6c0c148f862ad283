// Renders console text with ANSI SGR colours as spans of text nodes. Console text is never parsed
// as HTML: every character of it ends up in a text node, so "<script>" stays four visible
// characters and a tag. Other escape sequences (cursor moves, titles) are dropped.

const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

// CSI ... final byte, OSC ... BEL/ST, and lone two-character escapes.
const ESCAPE = /\u001b\[([0-9;:?]*)([@-~])|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// Other control characters except tab: shown as nothing.
const CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/g;

function freshStyle() {
  return {fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false};
}

/** A renderer that keeps the SGR state from one line to the next, as a terminal would. */
export class AnsiRenderer {
  constructor() {
    this.style = freshStyle();
  }

  /** Appends the rendered line to parent (an element); answers parent. */
  render(text, parent) {
    // A carriage return redraws the line (progress bars): keep what was drawn last.
    const cr = text.lastIndexOf('\r', text.length - 2);
    const visible = cr >= 0 ? text.slice(cr + 1) : text;
    let last = 0;
    ESCAPE.lastIndex = 0;
    let match;
    while ((match = ESCAPE.exec(visible)) !== null) {
      this.emit(visible.slice(last, match.index), parent);
      if (match[2] === 'm') {
        this.apply(match[1]);
      }
      last = ESCAPE.lastIndex;
    }
    this.emit(visible.slice(last), parent);
    return parent;
  }

  emit(raw, parent) {
    const text = raw.replace(/\r/g, '').replace(CONTROL, '');
    if (!text) {
      return;
    }
    const classes = this.classes();
    if (classes.length === 0 && !this.style.fgRgb && !this.style.bgRgb) {
      parent.append(document.createTextNode(text));
      return;
    }
    const span = document.createElement('span');
    span.className = classes.join(' ');
    if (this.style.fgRgb) {
      span.style.color = this.style.fgRgb;
    }
    if (this.style.bgRgb) {
      span.style.backgroundColor = this.style.bgRgb;
    }
    span.append(document.createTextNode(text));
    parent.append(span);
  }

  classes() {
    const s = this.style;
    const out = [];
    const fg = s.inverse ? s.bg : s.fg;
    const bg = s.inverse ? (s.fg ?? 'default-fg') : s.bg;
    if (fg) {
      out.push(`ansi-${fg}`);
    }
    if (bg) {
      out.push(`ansi-bg-${bg}`);
    }
    if (s.bold) {
      out.push('ansi-bold');
    }
    if (s.dim) {
      out.push('ansi-dim');
    }
    if (s.italic) {
      out.push('ansi-italic');
    }
    if (s.underline) {
      out.push('ansi-underline');
    }
    return out;
  }

  apply(paramText) {
    const params = paramText === '' ? [0] : paramText.split(/[;:]/).map((p) => Number.parseInt(p || '0', 10));
    for (let i = 0; i < params.length; i += 1) {
      const code = params[i];
      const s = this.style;
      if (code === 0) {
        this.style = freshStyle();
      } else if (code === 1) {
        s.bold = true;
      } else if (code === 2) {
        s.dim = true;
      } else if (code === 3) {
        s.italic = true;
      } else if (code === 4) {
        s.underline = true;
      } else if (code === 7) {
        s.inverse = true;
      } else if (code === 22) {
        s.bold = false;
        s.dim = false;
      } else if (code === 23) {
        s.italic = false;
      } else if (code === 24) {
        s.underline = false;
      } else if (code === 27) {
        s.inverse = false;
      } else if (code >= 30 && code <= 37) {
        s.fg = NAMES[code - 30];
        s.fgRgb = null;
      } else if (code >= 90 && code <= 97) {
        s.fg = `bright-${NAMES[code - 90]}`;
        s.fgRgb = null;
      } else if (code === 39) {
        s.fg = null;
        s.fgRgb = null;
      } else if (code >= 40 && code <= 47) {
        s.bg = NAMES[code - 40];
        s.bgRgb = null;
      } else if (code >= 100 && code <= 107) {
        s.bg = `bright-${NAMES[code - 100]}`;
        s.bgRgb = null;
      } else if (code === 49) {
        s.bg = null;
        s.bgRgb = null;
      } else if (code === 38 || code === 48) {
        const [color, used] = extendedColor(params, i + 1);
        i += used;
        if (code === 38) {
          Object.assign(s, color.name ? {fg: color.name, fgRgb: null} : {fg: null, fgRgb: color.rgb});
        } else {
          Object.assign(s, color.name ? {bg: color.name, bgRgb: null} : {bg: null, bgRgb: color.rgb});
        }
      }
    }
  }
}

// 38;5;n and 38;2;r;g;b: answers the colour and how many parameters it used.
function extendedColor(params, at) {
  if (params[at] === 5) {
    const n = params[at + 1] ?? 0;
    if (n < 8) {
      return [{name: NAMES[n]}, 2];
    }
    if (n < 16) {
      return [{name: `bright-${NAMES[n - 8]}`}, 2];
    }
    return [{rgb: palette256(n)}, 2];
  }
  if (params[at] === 2) {
    const [r, g, b] = [params[at + 1], params[at + 2], params[at + 3]].map((v) => clamp(v ?? 0));
    return [{rgb: `rgb(${r}, ${g}, ${b})`}, 4];
  }
  return [{}, 0];
}

function palette256(n) {
  if (n >= 232) {
    const level = clamp(8 + (n - 232) * 10);
    return `rgb(${level}, ${level}, ${level})`;
  }
  const index = clamp(n, 16, 231) - 16;
  const steps = [0, 95, 135, 175, 215, 255];
  return `rgb(${steps[Math.floor(index / 36)]}, ${steps[Math.floor(index / 6) % 6]}, ${steps[index % 6]})`;
}

function clamp(value, min = 0, max = 255) {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? value : 0));
}

/** The text without any escape sequence, as a reader would see it. */
export function stripAnsi(text) {
  return text.replace(ESCAPE, '').replace(CONTROL, '');
}
