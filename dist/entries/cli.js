import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  docsLink
} from "../chunks/chunk-EQYHYZXC.js";
import {
  Cancel,
  maskAll,
  packageRoot,
  readActionYml,
  runAction,
  unescapeData
} from "../chunks/chunk-SFJMT2DW.js";
import "../chunks/chunk-PPIGJDAK.js";
import "../chunks/chunk-W2G57EYB.js";
import {
  PROVIDERS,
  down,
  recordPath,
  runPipeline
} from "../chunks/chunk-3E5XYWK3.js";
import {
  readRecordFile
} from "../chunks/chunk-NNUI2ZJU.js";
import {
  NAME,
  kindClusterName
} from "../chunks/chunk-FTMT34VG.js";
import "../chunks/chunk-BB6DVLOI.js";
import "../chunks/chunk-VUJ4TZHV.js";
import {
  didYouMean
} from "../chunks/chunk-WK2HTM6I.js";
import "../chunks/chunk-YICLTDNQ.js";
import {
  require_child_process
} from "../chunks/chunk-6OIT7D33.js";
import {
  GROUP_FAILED,
  setMasker
} from "../chunks/chunk-ZE2P5GGQ.js";
import "../chunks/chunk-TC7UFU3S.js";
import {
  require_os
} from "../chunks/chunk-GGNHL6HF.js";
import "../chunks/chunk-U5AVLZRE.js";
import {
  require_fs,
  require_path
} from "../chunks/chunk-LRYOYDRT.js";
import {
  ConfigurationError,
  getErrorMessage
} from "../chunks/chunk-HPEVLKEG.js";
import {
  __toESM
} from "../chunks/chunk-J36IR65A.js";

// src/cli.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width2 = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width2 === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width2 += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width2;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width2 += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width2 += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width2;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width2 = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width2 += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width2 += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width2 += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width2 += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width2;
}

// node_modules/wrap-ansi/node_modules/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/wrap-ansi/index.js
var ANSI_ESCAPE = "\x1B";
var ANSI_ESCAPE_BELL = "\x07";
var C1_CSI = "\x9B";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_SGR_RESET = 0;
var ANSI_SGR_RESET_FOREGROUND = 39;
var ANSI_SGR_RESET_BACKGROUND = 49;
var ANSI_SGR_RESET_UNDERLINE_COLOR = 59;
var ANSI_SGR_FOREGROUND_EXTENDED = 38;
var ANSI_SGR_BACKGROUND_EXTENDED = 48;
var ANSI_SGR_UNDERLINE_COLOR_EXTENDED = 58;
var ANSI_SGR_COLOR_MODE_RGB = 2;
var ANSI_SGR_COLOR_MODE_256 = 5;
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;`;
var ESCAPES = /* @__PURE__ */ new Set([
  ANSI_ESCAPE,
  C1_CSI
]);
var ESCAPE_CHARACTERS = [...ESCAPES].join("");
var CSI_INTRODUCER = `(?:${ANSI_ESCAPE}\\${ANSI_CSI}|${C1_CSI})`;
var CSI_PARAMETERS = "[0-?]*[ -/]*[@-~]";
var SGR_PARAMETERS = `(?<sgr>[0-9;:]*)${ANSI_SGR_TERMINATOR}`;
var OSC_STRING_TERMINATOR = `(?:${ANSI_ESCAPE_BELL}|${ANSI_ESCAPE}\\\\)`;
var OSC_STRING_PAYLOAD = String.raw`[^\u0000-\u001F\u007F-\u009F]*`;
var LINK_PARAMETERS = String.raw`8;(?<parameters>[^;\u0000-\u001F\u007F-\u009F]*);(?<uri>${OSC_STRING_PAYLOAD})${OSC_STRING_TERMINATOR}`;
var OSC_STRING = `${OSC_STRING_PAYLOAD}${OSC_STRING_TERMINATOR}`;
var ANSI_ESCAPE_REGEX = new RegExp(
  `${CSI_INTRODUCER}(?:${SGR_PARAMETERS}|${CSI_PARAMETERS})|${ANSI_ESCAPE}\\${ANSI_OSC}(?:${LINK_PARAMETERS}|${OSC_STRING})`,
  "y"
);
var ANSI_SGR_MODIFIER_CLOSE_CODES = new Set(ansi_styles_default.codes.values());
ANSI_SGR_MODIFIER_CLOSE_CODES.delete(ANSI_SGR_RESET);
var segmenter2 = new Intl.Segmenter();
var getStringWidth = (string) => stringWidth(string, { countAnsiEscapeCodes: true });
var TAB_SIZE = 8;
var ESCAPE_INTRODUCER_REGEX = new RegExp(`[${ESCAPE_CHARACTERS}]`, "g");
var ROW_BOUNDARY_REGEX = new RegExp(`[\\n${ESCAPE_CHARACTERS}]`, "g");
var ASCII_PRINTABLE_REGEX = /^[ -~]*$/;
var wrapAnsiCode = (code) => `${ANSI_ESCAPE}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url, parameters = "") => `${ANSI_ESCAPE}${ANSI_ESCAPE_LINK}${parameters};${url}${ANSI_ESCAPE_BELL}`;
var matchAnsiEscape = (string, index) => {
  if (!ESCAPES.has(string[index])) {
    return;
  }
  ANSI_ESCAPE_REGEX.lastIndex = index;
  return ANSI_ESCAPE_REGEX.exec(string) ?? void 0;
};
var forEachSegment = (string, onPlainText, onEscape = () => {
}) => {
  let plainStart = 0;
  let index = 0;
  while (index < string.length) {
    ESCAPE_INTRODUCER_REGEX.lastIndex = index;
    const introducer = ESCAPE_INTRODUCER_REGEX.exec(string);
    if (!introducer) {
      break;
    }
    const escape2 = matchAnsiEscape(string, introducer.index);
    if (!escape2) {
      index = introducer.index + 1;
      continue;
    }
    if (introducer.index > plainStart) {
      onPlainText(string.slice(plainStart, introducer.index));
    }
    onEscape(escape2[0]);
    index = introducer.index + escape2[0].length;
    plainStart = index;
  }
  if (plainStart < string.length) {
    onPlainText(string.slice(plainStart));
  }
};
var getWidth = (string) => {
  let plainText = "";
  forEachSegment(string, (part) => {
    plainText += part;
  });
  return getStringWidth(plainText);
};
var getTokens = (string) => {
  const tokens = [];
  forEachSegment(string, (plainText) => {
    if (ASCII_PRINTABLE_REGEX.test(plainText)) {
      for (const character of plainText) {
        tokens.push({ value: character, width: 1 });
      }
      return;
    }
    for (const { segment } of segmenter2.segment(plainText)) {
      tokens.push({ value: segment, width: getStringWidth(segment) });
    }
  }, (escape2) => {
    tokens.push({ value: escape2, width: 0 });
  });
  return tokens;
};
var splitWords = (string) => {
  let currentWord = { value: "", plainText: "" };
  const words = [currentWord];
  forEachSegment(string, (plainText) => {
    const parts = plainText.split(" ");
    currentWord.value += parts[0];
    currentWord.plainText += parts[0];
    for (let index = 1; index < parts.length; index++) {
      currentWord = { value: parts[index], plainText: parts[index] };
      words.push(currentWord);
    }
  }, (escape2) => {
    currentWord.value += escape2;
  });
  for (const word of words) {
    word.width = getStringWidth(word.plainText);
  }
  return words;
};
var getColonColorToken = (parameter) => {
  const parts = parameter.split(":");
  const code = Number.parseInt(parts[0], 10);
  const mode = Number.parseInt(parts[1], 10);
  if (![ANSI_SGR_FOREGROUND_EXTENDED, ANSI_SGR_BACKGROUND_EXTENDED, ANSI_SGR_UNDERLINE_COLOR_EXTENDED].includes(code)) {
    return;
  }
  if (mode === ANSI_SGR_COLOR_MODE_256 && parts.length === 3 && /^\d+$/.test(parts[2])) {
    return { code, open: parameter, hasArguments: true };
  }
  if (mode !== ANSI_SGR_COLOR_MODE_RGB) {
    return;
  }
  const components = parts.length === 6 ? parts.slice(3) : parts.slice(2);
  const colorSpace = parts.length === 6 ? parts[2] : void 0;
  if (components.length === 3 && components.every((component) => /^\d+$/.test(component)) && (colorSpace === void 0 || /^\d*$/.test(colorSpace))) {
    return { code, open: parameter, hasArguments: true };
  }
};
var getSgrTokens = (sgrParameters) => {
  const parameters = sgrParameters.split(";");
  const sgrTokens = [];
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index];
    if (parameter.includes(":")) {
      const colonColorToken = getColonColorToken(parameter);
      if (colonColorToken) {
        sgrTokens.push(colonColorToken);
      }
      continue;
    }
    const code = parameter === "" ? ANSI_SGR_RESET : Number.parseInt(parameter, 10);
    if (!Number.isFinite(code)) {
      continue;
    }
    if (code === ANSI_SGR_FOREGROUND_EXTENDED || code === ANSI_SGR_BACKGROUND_EXTENDED || code === ANSI_SGR_UNDERLINE_COLOR_EXTENDED) {
      if (index + 1 >= parameters.length) {
        break;
      }
      const mode = Number.parseInt(parameters[index + 1], 10);
      const colorIndex = Number.parseInt(parameters[index + 2], 10);
      if (mode === ANSI_SGR_COLOR_MODE_256 && Number.isFinite(colorIndex)) {
        sgrTokens.push({ code, open: [code, mode, colorIndex].join(";"), hasArguments: true });
        index += 2;
        continue;
      }
      const red = Number.parseInt(parameters[index + 2], 10);
      const green = Number.parseInt(parameters[index + 3], 10);
      const blue = Number.parseInt(parameters[index + 4], 10);
      if (mode === ANSI_SGR_COLOR_MODE_RGB && Number.isFinite(red) && Number.isFinite(green) && Number.isFinite(blue)) {
        sgrTokens.push({ code, open: [code, mode, red, green, blue].join(";"), hasArguments: true });
        index += 4;
        continue;
      }
      break;
    }
    sgrTokens.push({ code, open: String(code), hasArguments: false });
  }
  return sgrTokens;
};
var removeActiveStyle = (activeStyles, family) => {
  const activeStyleIndex = activeStyles.findIndex((activeStyle) => activeStyle.family === family);
  if (activeStyleIndex !== -1) {
    activeStyles.splice(activeStyleIndex, 1);
  }
};
var upsertActiveStyle = (activeStyles, nextActiveStyle) => {
  removeActiveStyle(activeStyles, nextActiveStyle.family);
  activeStyles.push(nextActiveStyle);
};
var removeModifierStylesByClose = (activeStyles, closeCode) => {
  for (let index = activeStyles.length - 1; index >= 0; index--) {
    const activeStyle = activeStyles[index];
    if (activeStyle.family.startsWith("modifier-") && activeStyle.close === closeCode) {
      activeStyles.splice(index, 1);
    }
  }
};
var getColorStyle = (sgrToken) => {
  const { code, open, hasArguments } = sgrToken;
  if (code >= 30 && code <= 37 || code >= 90 && code <= 97 || code === ANSI_SGR_FOREGROUND_EXTENDED && hasArguments) {
    return {
      family: "foreground",
      open,
      close: ANSI_SGR_RESET_FOREGROUND
    };
  }
  if (code >= 40 && code <= 47 || code >= 100 && code <= 107 || code === ANSI_SGR_BACKGROUND_EXTENDED && hasArguments) {
    return {
      family: "background",
      open,
      close: ANSI_SGR_RESET_BACKGROUND
    };
  }
  if (code === ANSI_SGR_UNDERLINE_COLOR_EXTENDED && hasArguments) {
    return {
      family: "underlineColor",
      open,
      close: ANSI_SGR_RESET_UNDERLINE_COLOR
    };
  }
};
var applySgrResetCode = (code, activeStyles) => {
  if (code === ANSI_SGR_RESET) {
    activeStyles.length = 0;
    return true;
  }
  if (code === ANSI_SGR_RESET_FOREGROUND) {
    removeActiveStyle(activeStyles, "foreground");
    return true;
  }
  if (code === ANSI_SGR_RESET_BACKGROUND) {
    removeActiveStyle(activeStyles, "background");
    return true;
  }
  if (code === ANSI_SGR_RESET_UNDERLINE_COLOR) {
    removeActiveStyle(activeStyles, "underlineColor");
    return true;
  }
  if (ANSI_SGR_MODIFIER_CLOSE_CODES.has(code)) {
    removeModifierStylesByClose(activeStyles, code);
    return true;
  }
  return false;
};
var applySgrToken = (sgrToken, activeStyles) => {
  const { code } = sgrToken;
  if (applySgrResetCode(code, activeStyles)) {
    return;
  }
  const colorStyle = getColorStyle(sgrToken);
  if (colorStyle) {
    upsertActiveStyle(activeStyles, colorStyle);
    return;
  }
  const close = ansi_styles_default.codes.get(code);
  if (close !== void 0 && close !== ANSI_SGR_RESET) {
    upsertActiveStyle(activeStyles, {
      family: `modifier-${code}`,
      open: sgrToken.open,
      close
    });
  }
};
var applySgrParameters = (sgrParameters, activeStyles) => {
  for (const sgrToken of getSgrTokens(sgrParameters)) {
    applySgrToken(sgrToken, activeStyles);
  }
};
var applySgrResets = (sgrParameters, activeStyles) => {
  for (const { code } of getSgrTokens(sgrParameters)) {
    applySgrResetCode(code, activeStyles);
  }
};
var applyLeadingSgrResets = (string, startIndex, activeStyles) => {
  let index = startIndex;
  while (index < string.length) {
    const match = matchAnsiEscape(string, index);
    if (!match) {
      break;
    }
    if (match.groups.sgr !== void 0) {
      applySgrResets(match.groups.sgr, activeStyles);
    }
    index += match[0].length;
  }
};
var getClosingSgrSequence = (activeStyles) => [...activeStyles].reverse().map((activeStyle) => wrapAnsiCode(activeStyle.close)).join("");
var getOpeningSgrSequence = (activeStyles) => activeStyles.map((activeStyle) => wrapAnsiCode(activeStyle.open)).join("");
var wrapWord = (rows, word, columns, rowWidth) => {
  const tokens = getTokens(word);
  let visible = rowWidth;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.width > 0 && visible > 0 && visible + token.width > columns) {
      rows.push("");
      visible = 0;
    }
    rows[rows.length - 1] += token.value;
    visible += token.width;
    if (visible === columns && index < tokens.length - 1) {
      rows.push("");
      visible = 0;
    }
  }
  if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
  return getWidth(rows.at(-1));
};
var stringVisibleTrimSpacesRight = (string) => {
  if (!string.includes(" ")) {
    return string;
  }
  const segments = [];
  forEachSegment(string, (plainText) => {
    segments.push({ value: plainText, isEscape: false });
  }, (escape2) => {
    segments.push({ value: escape2, isEscape: true });
  });
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index];
    if (segment.isEscape) {
      continue;
    }
    let end = segment.value.length;
    while (end > 0 && segment.value[end - 1] === " ") {
      end--;
    }
    segment.value = segment.value.slice(0, end);
    if (getStringWidth(segment.value) > 0) {
      break;
    }
  }
  return segments.map((segment) => segment.value).join("");
};
var expandTabs = (line) => {
  if (!line.includes("	")) {
    return line;
  }
  let visible = 0;
  let expandedLine = "";
  let plainTextSinceTab = "";
  const expandPlainText = (plainText) => {
    const segments = plainText.split("	");
    for (const [index, segment] of segments.entries()) {
      expandedLine += segment;
      plainTextSinceTab += segment;
      if (index < segments.length - 1) {
        visible += getStringWidth(plainTextSinceTab);
        plainTextSinceTab = "";
        const spaces = TAB_SIZE - visible % TAB_SIZE;
        expandedLine += " ".repeat(spaces);
        visible += spaces;
      }
    }
  };
  forEachSegment(line, expandPlainText, (escape2) => {
    expandedLine += escape2;
  });
  return expandedLine;
};
var restoreStylesAcrossRows = (preString) => {
  let returnValue = "";
  let activeHyperlink;
  const activeStyles = [];
  let index = 0;
  let copiedIndex = 0;
  while (index < preString.length) {
    ROW_BOUNDARY_REGEX.lastIndex = index;
    const boundary = ROW_BOUNDARY_REGEX.exec(preString);
    if (!boundary) {
      break;
    }
    index = boundary.index;
    if (boundary[0] !== "\n") {
      const escape2 = matchAnsiEscape(preString, index);
      if (!escape2) {
        index++;
        continue;
      }
      const { groups } = escape2;
      if (groups.sgr !== void 0) {
        applySgrParameters(groups.sgr, activeStyles);
      } else if (groups.uri !== void 0) {
        activeHyperlink = groups.uri.length === 0 ? void 0 : { parameters: groups.parameters, uri: groups.uri };
      }
      index += escape2[0].length;
      continue;
    }
    returnValue += preString.slice(copiedIndex, index);
    if (index > copiedIndex) {
      if (activeHyperlink) {
        returnValue += wrapAnsiHyperlink("");
      }
      returnValue += getClosingSgrSequence(activeStyles);
    }
    returnValue += "\n";
    index++;
    copiedIndex = index;
    if (index < preString.length && preString[index] !== "\n") {
      const openingStyles = [...activeStyles];
      applyLeadingSgrResets(preString, index, openingStyles);
      returnValue += getOpeningSgrSequence(openingStyles);
      if (activeHyperlink) {
        returnValue += wrapAnsiHyperlink(activeHyperlink.uri, activeHyperlink.parameters);
      }
    }
  }
  return returnValue + preString.slice(copiedIndex);
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  const words = splitWords(string);
  let rows = [""];
  let rowLength = 0;
  let trimmedRowIndex = -1;
  let isFirstWord = true;
  for (const word of words) {
    const rowIndex = rows.length - 1;
    if (options.trim !== false && trimmedRowIndex !== rowIndex) {
      const row = rows[rowIndex];
      const trimmedRow = row.trimStart();
      if (trimmedRow.length !== row.length) {
        rows[rowIndex] = trimmedRow;
        rowLength = getWidth(trimmedRow);
      }
      if (trimmedRow.length > 0) {
        trimmedRowIndex = rowIndex;
      }
    }
    if (isFirstWord) {
      isFirstWord = false;
    } else {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength > 0 || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    if (options.hard && options.wordWrap !== false && word.width > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((word.width - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((word.width - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
        rowLength = 0;
      }
      rowLength = wrapWord(rows, word.value, columns, rowLength);
      continue;
    }
    if (rowLength + word.width > columns && rowLength > 0 && word.width > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        rowLength = wrapWord(rows, word.value, columns, rowLength);
        continue;
      }
      rows.push("");
      rowLength = 0;
    }
    if (rowLength + word.width > columns && options.wordWrap === false) {
      rowLength = wrapWord(rows, word.value, columns, rowLength);
      continue;
    }
    rows[rows.length - 1] += word.value;
    rowLength += word.width;
  }
  if (options.trim !== false) {
    rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
  }
  return restoreStylesAcrossRows(rows.join("\n"));
};
var normalizeText = (string) => {
  let normalizedString = "";
  forEachSegment(string, (plainText) => {
    normalizedString += plainText.normalize();
  }, (escape2) => {
    normalizedString += escape2;
  });
  return normalizedString;
};
function wrapAnsi(string, columns, options) {
  return normalizeText(String(string)).replaceAll("\r\n", "\n").split("\n").map((line) => exec(expandTabs(line), columns, options)).join("\n");
}

// src/local/render.ts
function renderSummary(html) {
  const text = html.replace(/<h(\d)>(.*?)<\/h\1>/g, (_m, _l, t) => `
${strip(t)}
${"=".repeat(strip(t).length)}
`).replace(/<table>([\s\S]*?)<\/table>/g, (_m, body) => "\n" + renderTable(body) + "\n").replace(/<br\s*\/?>/g, "\n").replace(/<!--[\s\S]*?-->\n?/g, "").replace(/<\/?(p|ul|li|details|summary|pre|code|b|a)(\s[^>]*)?>/g, "");
  return decode(text).replace(/\n{3,}/g, "\n\n").trim();
}
function renderTable(body) {
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
    (r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(
      (c) => clip(decode(strip(c[1].replace(/<br\s*\/?>/g, " "))).replace(/\s*\n\s*/g, " "), 60)
    )
  );
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, stringWidth(c)));
  return rows.map(
    (r) => r.map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - stringWidth(c)))).join("  ").trimEnd()
  ).join("\n");
}
function clip(text, max) {
  if (stringWidth(text) <= max) return text;
  let out2 = "";
  for (const ch of text) {
    if (stringWidth(out2 + ch) > max - 1) break;
    out2 += ch;
  }
  return `${out2}\u2026`;
}
function strip(s) {
  return s.replace(/<[^>]+>/g, "");
}
function decode(s) {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
var LiveLog = class {
  constructor(write, opts) {
    this.write = write;
    this.opts = opts;
  }
  write;
  opts;
  secrets = [];
  partial = "";
  group;
  feed(chunk) {
    const text = this.partial + chunk;
    const lines = text.split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.line(line.replace(/\r$/, ""));
  }
  /** The step ended: `ok` false marks a group still open ✗. */
  end(ok = true) {
    if (this.partial) this.line(this.partial);
    this.partial = "";
    if (this.group && !ok) this.group.failed = true;
    this.endGroup();
  }
  now() {
    return (this.opts.now ?? Date.now)();
  }
  out(text, inGroup = !!this.group, write = this.write) {
    const indent = this.opts.indent ?? "";
    const shown = this.opts.rewrite ? this.opts.rewrite(text) : text;
    write(
      shown.split("\n").map((l) => `${indent}${inGroup ? "  " : ""}${l}`).join("\n") + "\n"
    );
  }
  /** The group ends: ✓, or ✗ when it said it failed. */
  endGroup() {
    if (!this.group) return;
    const { name, t0, failed } = this.group;
    this.group = void 0;
    this.out(`${failed ? "\u2717" : "\u2713"} ${name} (${formatElapsed(this.now() - t0)})`, false);
  }
  line(raw) {
    const mask = /^::add-mask::(.*)$/.exec(raw);
    if (mask) {
      const v = unescapeData(mask[1]);
      if (v) this.secrets.push(v);
      return;
    }
    const line = maskAll(raw, this.secrets);
    if (line === GROUP_FAILED) {
      if (this.group) this.group.failed = true;
      else this.out(line);
      return;
    }
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!cmd) return this.out(line);
    const [, name, rawMsg] = cmd;
    const msg = unescapeData(rawMsg);
    if (name === "group") {
      this.endGroup();
      this.out(`\u25B6 ${msg}`);
      this.group = { name: msg, t0: this.now() };
    } else if (name === "endgroup") this.endGroup();
    else if (name === "debug") {
      if (this.opts.debug) this.out(`debug: ${msg}`);
    } else if (name === "warning" || name === "error") this.out(`${name}: ${msg}`, !!this.group, this.opts.alerts ?? this.write);
    else if (name === "notice") this.out(`${name}: ${msg}`);
    else if (name === "save-state" || name === "set-output" || name === "stop-commands") return;
    else this.out(line);
  }
};
function formatElapsed(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

// src/local/doctor.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/local/args.ts
var GLOBAL_FLAGS = {
  help: { boolean: true },
  version: { boolean: true },
  debug: { boolean: true },
  verbose: { boolean: true },
  summary: { boolean: true },
  json: { boolean: true }
};
var SHORT = { "-h": "help", "-V": "version", "-v": "verbose" };
var BOOL = /^(true|false)$/i;
var FLAG = /^(--[A-Za-z0-9][A-Za-z0-9_-]*(=[\s\S]*)?|-[A-Za-z])$/;
var isFlag = (arg) => FLAG.test(arg);
function holdsText(arg) {
  return /[\r\n]/.test(arg);
}
function shownArg(arg) {
  return holdsText(arg) || /-----BEGIN|\btoken\b/i.test(arg) || arg.length > 100 ? `(a value of ${arg.length} characters, not shown)` : `'${arg}'`;
}
function parseArgs(argv, flagsOf2 = () => ({})) {
  const a = { positional: [], inputs: {}, help: false, version: false, debug: false, summary: false, json: false, problems: [] };
  const command = argv.find((x) => !x.startsWith("-"));
  const own = flagsOf2(command);
  const flags = { ...own ?? {}, ...GLOBAL_FLAGS };
  const names = Object.keys(flags);
  const setGlobal = (name, v) => {
    if (name === "verbose") a.debug = v;
    else a[name] = v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      a.positional.push(...argv.slice(i + 1));
      break;
    }
    if (SHORT[arg]) {
      setGlobal(SHORT[arg], true);
      continue;
    }
    if (!isFlag(arg) || !arg.startsWith("--")) {
      if (isFlag(arg)) a.problems.push(`unknown flag '${arg}'${didYouMean(arg.replace(/^-+/, ""), names, (c) => `--${c}`)}`);
      else if (a.command === void 0) a.command = arg;
      else a.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value = eq > 0 ? arg.slice(eq + 1) : void 0;
    let negated = false;
    if (!flags[name] && name.startsWith("no-") && flags[name.slice(3)]?.boolean) {
      name = name.slice(3);
      negated = true;
    }
    const spec = flags[name];
    if (!spec) {
      if (own !== void 0) a.problems.push(`unknown flag --${name}${command ? ` for 'meshci ${command}'` : ""}${didYouMean(name, names, (c) => `--${c}`)}`);
      else if (command === void 0) a.problems.push(`unknown flag --${name}${didYouMean(name, names, (c) => `--${c}`)}`);
      const next = argv[i + 1];
      if (value === void 0 && next !== void 0 && !isFlag(next) && next !== command) i++;
      continue;
    }
    if (spec.boolean) {
      const sw = readSwitch(name, spec, value, negated, argv[i + 1]);
      if (sw.consumedNext) i++;
      if (sw.problem) a.problems.push(sw.problem);
      else if (name in GLOBAL_FLAGS) setGlobal(name, sw.value === "true");
      else a.inputs[name] = sw.value;
      continue;
    }
    if (value === void 0) {
      const next = argv[i + 1];
      if (next === void 0 || isFlag(next) && next.startsWith("--")) {
        a.problems.push(`--${name} needs a value (--${name} <value> or --${name}=<value>)`);
        continue;
      }
      value = next;
      i++;
    }
    if (spec.values && !spec.values.includes(value)) {
      a.problems.push(
        `--${name} has invalid value ${shownArg(value)}: allowed values are ${spec.values.join(", ")}${didYouMean(value, spec.values)}${spec.hint ? `; ${spec.hint}` : ""}`
      );
      continue;
    }
    a.inputs[name] = value;
  }
  return a;
}
function readSwitch(name, spec, given, negated, next) {
  const words = spec.values ?? [];
  const takes = (x) => BOOL.test(x) || words.includes(x);
  const normal = (x) => BOOL.test(x) ? x.toLowerCase() : x;
  if (negated) return given === void 0 ? { value: "false" } : { value: "false", problem: `--no-${name} takes no value (got ${shownArg(given)})` };
  if (given === void 0) return next !== void 0 && takes(next) ? { value: normal(next), consumedNext: true } : { value: "true" };
  if (takes(given)) return { value: normal(given) };
  const forms = ["true", ...words, "false"].join("|");
  return {
    value: "",
    problem: `--${name} is a switch: give --${name} or --no-${name} (or --${name}=${forms}), not --${name}=${shownArg(given).replace(/^'|'$/g, "")}`
  };
}
function toFlagWords(text, flags) {
  if (!text.includes("'")) return text;
  return text.replace(/\bset '([a-z0-9-]+): (true|false)'/g, (m, n, v) => flags.has(n) ? `give --${v === "true" ? "" : "no-"}${n}` : m).replace(/'([a-z0-9-]+): (true|false)'/g, (m, n, v) => flags.has(n) ? `--${v === "true" ? "" : "no-"}${n}` : m).replace(/\b([Ii])nputs? '([a-z0-9-]+)'/g, (m, _i, n) => flags.has(n) ? `--${n}` : m).replace(/(\boutputs? )?'([a-z0-9-]+)'/g, (m, out2, n) => !out2 && flags.has(n) ? `--${n}` : m);
}

// src/local/doctor.ts
var TIMEOUT_MS = 1e4;
function run(cmd, args) {
  const r = (0, import_node_child_process.spawnSync)(cmd, args, { encoding: "utf8", timeout: TIMEOUT_MS, stdio: ["ignore", "pipe", "pipe"] });
  if (r.error)
    return {
      ok: false,
      out: r.error.code === "ENOENT" ? "" : r.error.message,
      missing: r.error.code === "ENOENT"
    };
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim(), missing: false };
}
function firstLine(s) {
  return s.split("\n").find((l) => l.trim())?.trim() ?? "";
}
async function checks(opts) {
  const out2 = [];
  const needDocker = opts.provider === "kind";
  const needAzure = opts.provider === "aks";
  const [major, minor] = process.versions.node.split(".").map(Number);
  out2.push(
    major > 20 || major === 20 && minor >= 19 ? { name: "node", status: "ok", detail: process.version } : {
      name: "node",
      status: "fail",
      detail: `${process.version}; meshci needs Node.js >= 20.19`,
      fix: "install Node.js 20.19 or later (24 is what GitHub runs the actions on)"
    }
  );
  const docker = run("docker", ["info", "--format", "{{.ServerVersion}}"]);
  if (docker.ok) out2.push({ name: "docker", status: "ok", detail: `engine ${firstLine(docker.out)}` });
  else {
    out2.push({
      name: "docker",
      status: needDocker ? "fail" : "info",
      detail: docker.missing ? "not on PATH" : `no engine answers: ${firstLine(docker.out)}`,
      fix: docker.missing ? "install Docker (the kind provider runs the cluster in it)" : "start the Docker engine (e.g. systemctl start docker, or Docker Desktop)"
    });
  }
  for (const [tool, args, pick] of [
    ["kind", ["version"], (s) => firstLine(s)],
    ["kubectl", ["version", "--client", "-o", "json"], (s) => /"gitVersion":\s*"([^"]+)"/.exec(s)?.[1] ?? firstLine(s)],
    ["helm", ["version", "--short"], (s) => firstLine(s)]
  ]) {
    const r = run(tool, [...args]);
    out2.push(
      r.ok ? { name: tool, status: "ok", detail: pick(r.out) } : { name: tool, status: "info", detail: r.missing ? "not on PATH: meshci downloads its pinned version when a step needs it" : firstLine(r.out) }
    );
  }
  const kubeconfig = opts.kubeconfig ?? process.env["KUBECONFIG"]?.split(":")[0] ?? (0, import_node_path.join)((0, import_node_os.homedir)(), ".kube", "config");
  const source = opts.kubeconfig !== void 0 ? "--kubeconfig" : process.env["KUBECONFIG"] ? "KUBECONFIG" : "the default kubeconfig";
  const inWords = (m) => m.replace(/\b[Ii]nput 'kubeconfig'/g, source);
  if (holdsText(kubeconfig)) {
    out2.push({
      name: "cluster",
      status: "fail",
      detail: `${source} holds text, not the path of a kubeconfig file (the value is not shown: it may hold credentials)`,
      fix: "save the kubeconfig to a file and pass its path"
    });
  } else if (!(0, import_node_fs.existsSync)(kubeconfig)) {
    out2.push({
      name: "cluster",
      status: opts.provider === "existing" ? "fail" : "info",
      detail: `no kubeconfig at ${kubeconfig}`,
      fix: "meshci up creates one; for an existing cluster pass --kubeconfig <path>"
    });
  } else {
    try {
      const { Cluster } = await import("../chunks/cluster-OL3VTEWJ.js");
      setMasker(() => void 0);
      const c = Cluster.connect({ kubeconfig, input: "kubeconfig" });
      const v = await c.serverVersion(TIMEOUT_MS);
      out2.push({ name: "cluster", status: "ok", detail: `${c.server} answers, Kubernetes ${v.gitVersion} (${kubeconfig})` });
    } catch (e) {
      out2.push({
        name: "cluster",
        status: opts.provider === "existing" ? "fail" : "info",
        detail: inWords(getErrorMessage(e)),
        // a file that does not load is the file's problem; anything else is on the way to the server
        fix: e instanceof ConfigurationError ? `correct that kubeconfig (kubectl config view reads it), or point ${source === "--kubeconfig" ? "--kubeconfig" : "--kubeconfig or KUBECONFIG"} at another` : "check the kubeconfig's current context, the network path to the API server and the credentials (kubectl get --raw /version)"
      });
    }
  }
  out2.push(...azureChecks(needAzure));
  return out2;
}
function azureChecks(required, env = process.env) {
  const status = required ? "fail" : "info";
  const client = env["AZURE_CLIENT_ID"];
  const tenant = env["AZURE_TENANT_ID"];
  const sources = [];
  if (client && tenant && env["ACTIONS_ID_TOKEN_REQUEST_URL"]) sources.push("GitHub OIDC (AZURE_CLIENT_ID, AZURE_TENANT_ID, a job with id-token: write)");
  if (client && tenant && env["AZURE_FEDERATED_TOKEN_FILE"]) {
    sources.push(
      (0, import_node_fs.existsSync)(env["AZURE_FEDERATED_TOKEN_FILE"]) ? `a federated token file (${env["AZURE_FEDERATED_TOKEN_FILE"]})` : `a federated token file that does not exist (${env["AZURE_FEDERATED_TOKEN_FILE"]})`
    );
  }
  if (client && tenant && env["AZURE_CLIENT_SECRET"]) sources.push("a service principal (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET)");
  else if (client && tenant && env["AZURE_CLIENT_CERTIFICATE_PATH"])
    sources.push("a service principal (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_CERTIFICATE_PATH)");
  if (env["IDENTITY_ENDPOINT"] || env["MSI_ENDPOINT"] || env["MESHCI_AZURE_MANAGED_IDENTITY"] === "true") sources.push("a managed identity");
  const az = run("az", ["account", "show", "--query", "{user:user.name,subscription:name,id:id}", "-o", "tsv"]);
  const azLine = az.ok ? firstLine(az.out).split("	") : [];
  if (az.ok) sources.push(`an Azure CLI session (${azLine.slice(0, 2).join(", ")})`);
  const out2 = [];
  if (sources.length)
    out2.push({
      name: "azure",
      status: "ok",
      detail: `credential: ${sources[0]}${sources.length > 1 ? ` (then ${sources.slice(1).join("; ")})` : ""}; not signed in by doctor`
    });
  else {
    out2.push({
      name: "azure",
      status,
      detail: `no credential provision can use: none of AZURE_CLIENT_ID + AZURE_TENANT_ID with AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or AZURE_FEDERATED_TOKEN_FILE; no managed identity; ${az.missing ? "no Azure CLI (az) for a session" : "no Azure CLI session (az account show failed)"}`,
      fix: `a service principal in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET, or az login; on GitHub, OIDC (${docsLink("azure-setup.md")})`
    });
  }
  const sub = env["AZURE_SUBSCRIPTION_ID"] ?? (az.ok ? azLine[2] : void 0);
  if (!sub && !required) return out2;
  out2.push(
    sub ? {
      name: "subscription",
      status: "ok",
      detail: `${sub}${env["AZURE_SUBSCRIPTION_ID"] ? " (AZURE_SUBSCRIPTION_ID)" : " (the Azure CLI's default; provision reads AZURE_SUBSCRIPTION_ID or --subscription-id)"}`
    } : {
      name: "subscription",
      status,
      detail: "AZURE_SUBSCRIPTION_ID is not set",
      fix: "export AZURE_SUBSCRIPTION_ID=<id>, or give meshci up --subscription-id <id>"
    }
  );
  return out2;
}
var ICON = { ok: "\u2713", missing: "\u2717", fail: "\u2717", info: "\u2013" };
async function doctor(inputs, write) {
  const provider = inputs["provider"] ?? "kind";
  const found = await checks({ provider, kubeconfig: inputs["kubeconfig"] });
  write(`meshci doctor (provider ${provider})
`);
  for (const f of found) {
    write(`${ICON[f.status]} ${f.name.padEnd(8)} ${f.detail}
`);
    if (f.fix && f.status !== "ok") write(`  ${" ".repeat(8)} fix: ${f.fix}
`);
  }
  const bad = found.filter((f) => f.status === "fail" || f.status === "missing");
  write(bad.length ? `
${bad.length} problem(s) for provider ${provider}: ${bad.map((f) => f.name).join(", ")}
` : `
ready for provider ${provider}
`);
  return bad.length === 0;
}
var dockerProbe = (args) => run("docker", args);
function nothingToRemove(o, docker = dockerProbe) {
  const file = recordPath(o.dir);
  if (readRecordFile(file)) return void 0;
  if (o.provider !== "kind") return void 0;
  const cluster = kindClusterName(o.name);
  const none = `no environment recorded in ${file}`;
  const info = docker(["info", "--format", "{{.ServerVersion}}"]);
  if (info.missing) return `${none}, and Docker is not installed, so there is no kind cluster ${cluster}`;
  if (!info.ok)
    return `${none}, and no Docker engine answers (${info.out.split("\n").pop() ?? ""}), so no kind cluster ${cluster} is running; start Docker and run it again to remove one an older meshci left`;
  const nodes = docker(["ps", "-a", "--filter", `label=io.x-k8s.kind.cluster=${cluster}`, "--format", "{{.Names}}"]);
  if (!nodes.ok || nodes.out.trim()) return void 0;
  if (o.removeRegistry && docker(["inspect", "--format", "{{.Name}}", "kind-registry"]).ok) return void 0;
  return `${none}, and Docker has no kind cluster ${cluster}${o.removeRegistry ? " and no registry container kind-registry" : ""}`;
}

// src/cli.ts
var EXIT = { ok: 0, failed: 1, usage: 2 };
var exitFor = (sig) => 128 + (sig === "SIGTERM" ? 15 : 2);
var cancel = new Cancel();
function handleSignals() {
  const on = (sig) => {
    const first = !cancel.requested;
    cancel.send(sig);
    process.stderr.write(`
meshci: ${sig}: ${first ? "stopping the running step (again to hurry it)" : `sending ${cancel.current}`}
`);
  };
  process.on("SIGINT", on);
  process.on("SIGTERM", on);
}
var COMMANDS = ["up", "down", "doctor", "help", "version"];
function width() {
  return Math.max(60, Math.min(process.stdout.columns || 80, 100));
}
function wrap(text, indent = "") {
  return wrapAnsi(text, width() - indent.length, { hard: true, trim: true }).split("\n").map((l) => indent + l).join("\n");
}
function version() {
  return JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(packageRoot(), "package.json"), "utf8")).version;
}
function actions() {
  const root = packageRoot();
  return (0, import_node_fs2.readdirSync)(root).filter((d) => d !== "node_modules" && (0, import_node_fs2.existsSync)((0, import_node_path2.join)(root, d, "action.yml"))).sort();
}
function usage() {
  return [
    "usage: meshci <command> [--<flag> <value> ...] [--verbose] [--summary] [--json]",
    "",
    "commands:",
    ...[
      ["up", "the whole pipeline: provision (kind by default: needs Docker) \u2192 certs \u2192 republish \u2192 deploy \u2192 verify; the environment is kept"],
      ["down", "delete what up made"],
      ["doctor", "check what the chosen provider needs (Docker, the cluster, Azure credentials), each with the fix"],
      ...actions().map((a) => [a, readActionYml(a).description]),
      ["help [command]", "this text, or a command's flags (also meshci <command> --help)"],
      ["version", "meshci's version (also --version)"]
    ].map(([c, d]) => `  ${c.padEnd(16)}${wrap(d, " ".repeat(18)).trimStart()}`),
    "",
    wrap(
      "Flags are the action.yml inputs as --name value (or --name=value); a boolean flag may stand alone (--overwrite) or be negated (--no-overwrite). Every command takes --help, --verbose (-v, debug lines; also --debug) and --summary; an action command takes --json (its outputs whole, as one JSON object on stdout; the log goes to stderr)."
    ),
    "",
    "exit codes: 0 done \xB7 1 an action failed or verify found a problem \xB7 2 the command line is wrong",
    "            130 interrupted (Ctrl-C) \xB7 143 terminated (SIGTERM)"
  ].join("\n");
}
function actionHelp(action) {
  const meta = readActionYml(action);
  const lines = [
    wrap(`meshci ${action}: ${meta.description}`),
    "",
    `usage: meshci ${action} [--<flag> <value> ...] [--json]`,
    "",
    "flags (the action's inputs):"
  ];
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    const def = v.default?.includes("${{") ? v.default.includes("github.token") ? "in a workflow, the job's token; here none" : void 0 : v.default;
    const here = CLI_DEFAULTS[action]?.[k];
    lines.push(
      `  --${k}${isBoolean(v) ? ` [${["true", ...SWITCH_WORDS[action]?.[k] ?? [], "false"].join("|")}]` : ""}${here ? ` (default here: ${here})` : def ? ` (default: ${def})` : ""}${v.required ? " (required)" : ""}`
    );
    lines.push(
      wrap((v.description ?? "").trim().replace(/\s*\n\s*/g, " ") + (here ? " (In a workflow; from a terminal, see the default above.)" : ""), "      ")
    );
  }
  lines.push("", "outputs:");
  for (const [k, v] of Object.entries(meta.outputs ?? {})) lines.push(wrap(`${k}: ${(v.description ?? "").trim().split("\n")[0]}`, "  "));
  return lines.join("\n");
}
function upHelp() {
  return [
    "usage: meshci up [--name dev] [--provider kind|aks|existing] [--linkerd-version stable-2.14.10]",
    "                 [--dir .meshci/<name>] [--kubeconfig <path>] [--registry <host/prefix>]",
    "                 [--republish] [--verify] [--<provision input> value ...]",
    "       meshci down [--name dev] [--dir .meshci/<name>] [--provider kind|aks] [--remove-registry]",
    "                   [--subscription-id <id>]",
    "",
    wrap(
      "meshci up: provision (kind by default: a local cluster with Calico and a registry; needs Docker) \u2192 certs \u2192 republish \u2192 deploy (Linkerd, viz, Dgraph) \u2192 verify. Everything lands in .meshci/<name>: kubeconfig, certs (keys 0600), evidence. provider existing uses the cluster of --kubeconfig and, with --registry, any OCI registry as the mirror."
    ),
    wrap(
      "meshci down: delete exactly what up recorded in .meshci/<name>/environment.json (the registry container only when meshci started it); --provider and --remove-registry matter only for an environment without a record. Ctrl-C stops the running step (again to hurry it); what was created stays recorded for meshci down."
    )
  ].join("\n");
}
function doctorHelp() {
  return [
    `usage: meshci doctor [--provider ${PROVIDERS.join("|")}] [--kubeconfig <path>]`,
    "",
    wrap(
      "meshci doctor: checks, for real, what a local run with the chosen provider (default kind) needs, each failure with its fix; exit 1 when something the provider needs is missing."
    ),
    wrap("- node: Node.js >= 20.19.", "  "),
    wrap("- docker: the engine answers (docker info); required for kind.", "  "),
    wrap("- kind, kubectl, helm: their versions when on PATH; never required (meshci downloads its pinned versions when a step needs them).", "  "),
    wrap("- cluster: the kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) reaches an API server; required for existing.", "  "),
    wrap(
      "- azure: the credential sources provision would use, in its order (GitHub OIDC, a federated token file, a service principal in AZURE_CLIENT_SECRET / AZURE_CLIENT_CERTIFICATE_PATH, a managed identity, an Azure CLI session) and AZURE_SUBSCRIPTION_ID; required for aks. It does not sign in: a source that is present may still be refused by Azure.",
      "  "
    )
  ].join("\n");
}
var VERIFY_DIR = "meshci-evidence";
var CLI_DEFAULTS = {
  verify: { "output-dir": `./${VERIFY_DIR}` },
  provision: { name: "dev", "kubeconfig-path": "./.meshci/<name>/kubeconfig", record: "./.meshci/<name>/environment.json" },
  teardown: { record: "./.meshci/<name>/environment.json (name: --name or dev) when it is there and --provider is not given" }
};
var SWITCH_WORDS = { republish: { signatures: ["refresh"] } };
function flagOf(action, k, v) {
  const words = SWITCH_WORDS[action]?.[k];
  return { boolean: isBoolean(v), ...words ? { values: words } : {} };
}
function isBoolean(v) {
  return v?.default === "true" || v?.default === "false";
}
var UsageError = class extends Error {
};
var UP_SETS = /* @__PURE__ */ new Set(["provider", "name", "kubeconfig-path", "linkerd-version", "record"]);
function flagsOf(command) {
  if (command === void 0 || command === "help" || command === "version") return {};
  if (command === "doctor") return { provider: { values: PROVIDERS }, kubeconfig: {} };
  if (command === "down")
    return {
      name: {},
      provider: {
        values: ["kind", "aks"],
        hint: "what up deployed on an existing cluster is removed with 'meshci teardown --provider existing --kubeconfig <path>'"
      },
      dir: {},
      "remove-registry": { boolean: true },
      "subscription-id": {}
    };
  if (command === "up") {
    const provision = Object.fromEntries(
      Object.entries(readActionYml("provision").inputs ?? {}).filter(([k]) => !UP_SETS.has(k)).map(([k, v]) => [k, flagOf("provision", k, v)])
    );
    return {
      ...provision,
      name: {},
      provider: { values: PROVIDERS },
      "linkerd-version": {},
      dir: {},
      kubeconfig: {},
      registry: {},
      republish: { boolean: true },
      verify: { boolean: true }
    };
  }
  if (!actions().includes(command)) return void 0;
  return Object.fromEntries(Object.entries(readActionYml(command).inputs ?? {}).map(([k, v]) => [k, flagOf(command, k, v)]));
}
function printOutputs(r, write) {
  const outputs = Object.entries(r.outputs);
  if (!outputs.length) return;
  write("\noutputs:\n");
  for (const [k, raw] of outputs) {
    const v = maskAll(raw, r.secrets);
    const lines = v.trim().split("\n").length;
    const shown = lines > 1 ? `(${lines} lines)` : v.length > 120 ? `(${v.length} characters)` : v;
    write(`  ${k}: ${shown}
`);
  }
}
function printOutputsJson(r) {
  out(JSON.stringify(Object.fromEntries(Object.entries(r.outputs).map(([k, v]) => [k, maskAll(v, r.secrets)])), null, 2) + "\n");
}
function summaryFile(action, inputs) {
  const dir = inputs["output-dir"];
  if (!dir || !["verify", "certs"].includes(action)) return void 0;
  return (0, import_node_path2.join)((0, import_node_path2.resolve)(dir), `${action}-summary.html`);
}
function localEnvironment(action, inputs) {
  const name = inputs["name"] ?? "dev";
  if (!NAME.test(name)) return;
  const dir = (0, import_node_path2.resolve)(".meshci", name);
  const record = recordPath(dir);
  if (action === "provision") {
    inputs["name"] = name;
    const first = (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
    inputs["kubeconfig-path"] ??= (0, import_node_path2.join)(dir, "kubeconfig");
    inputs["record"] ??= record;
    return () => {
      if (!first) return;
      for (const d of [dir, (0, import_node_path2.resolve)(".meshci")]) {
        if (d.length < first.length || !(0, import_node_fs2.existsSync)(d) || (0, import_node_fs2.readdirSync)(d).length) return;
        (0, import_node_fs2.rmdirSync)(d);
      }
    };
  }
  if (!inputs["record"] && !inputs["provider"] && (0, import_node_fs2.existsSync)(record)) inputs["record"] = record;
}
async function runOne(action, args) {
  const inputs = { ...args.inputs };
  const meta = readActionYml(action);
  const flags = new Set(Object.keys(meta.inputs ?? {}));
  if (action === "verify" && !inputs["output-dir"] && meta.inputs?.["output-dir"]) {
    inputs["output-dir"] = (0, import_node_path2.resolve)(VERIFY_DIR);
  }
  const tidy = action === "provision" || action === "teardown" ? localEnvironment(action, inputs) : void 0;
  if (action === "certs" && (inputs["mode"] ?? "generate") === "generate" && !inputs["output-dir"] && !inputs["key-vault-url"]) {
    process.stderr.write(
      "warning: no --output-dir: the keys are generated and then discarded. Give --output-dir ./meshci-certs to keep them (ca.key and issuer.key, mode 0600)\n"
    );
  }
  const show = args.json ? err : out;
  const live = new LiveLog(show, { debug: args.debug, rewrite: (l) => toFlagWords(l, flags), alerts: err });
  let res;
  try {
    res = await runAction(action, {
      inputs,
      env: args.debug ? { RUNNER_DEBUG: "1" } : {},
      cwd: process.cwd(),
      onOutput: (c) => live.feed(c),
      cancel,
      signalTarget: "group"
    });
  } catch (e) {
    live.end(false);
    throw new UsageError(getErrorMessage(e));
  }
  live.end(res.exitCode === 0);
  tidy?.();
  if (args.json) printOutputsJson(res);
  else printOutputs(res, show);
  if (res.summary.trim()) {
    const summary = maskAll(res.summary, res.secrets);
    if (args.summary || action !== "verify") show("\n" + toFlagWords(renderSummary(summary), flags) + "\n");
    const file = summaryFile(action, inputs);
    if (file && (0, import_node_fs2.existsSync)((0, import_node_path2.join)(file, ".."))) {
      (0, import_node_fs2.writeFileSync)(file, summary);
      show(`
summary: ${file}
`);
    }
  }
  if (action === "verify" && res.outputs["report"])
    show(`report: ${res.outputs["report"]} \xB7 evidence: ${res.outputs["evidence-dir"] ?? inputs["output-dir"]}
`);
  if (res.cancelled) {
    process.stderr.write(`
meshci ${action}: cancelled (${res.cancelled})
`);
    return exitFor(res.cancelled);
  }
  if (res.exitCode === 0) return EXIT.ok;
  return inputsRefused(action, res.log) ? EXIT.usage : EXIT.failed;
}
function inputsRefused(action, log) {
  return new RegExp(`^::error::meshci/${action} configuration error: ([Ii]nput '|\\d+ problems with the inputs)`, "m").test(log);
}
async function pipeline(cmd, args) {
  const {
    name = "dev",
    provider = "kind",
    "linkerd-version": linkerdVersion = "stable-2.14.10",
    dir,
    republish = "true",
    verify = "true",
    "remove-registry": removeRegistry = "false",
    kubeconfig,
    registry,
    ...rest
  } = args.inputs;
  if (provider === "existing" && !kubeconfig) throw new UsageError("--provider existing needs --kubeconfig <path>");
  if (kubeconfig && !(0, import_node_fs2.existsSync)(kubeconfig))
    throw new UsageError(
      holdsText(kubeconfig) ? "--kubeconfig takes the path of a kubeconfig file, not its content (the value is not shown: it may hold credentials)" : `--kubeconfig names '${kubeconfig}', which does not exist`
    );
  let live;
  const given = new Set(Object.keys(flagsOf(cmd) ?? {}));
  let last;
  const runner = async (action, opts) => {
    const r2 = await runAction(action, {
      ...opts,
      cwd: process.cwd(),
      env: { ...opts.env ?? {}, ...args.debug ? { RUNNER_DEBUG: "1" } : {} },
      onOutput: (c) => live?.feed(c),
      signalTarget: "group"
    });
    last = { action, log: r2.log };
    return r2;
  };
  const hooks = {
    start: (stage) => {
      out(`
\u2550\u2550\u2550 ${stage} \u2550\u2550\u2550
`);
      live = new LiveLog(out, { debug: args.debug, indent: "  ", rewrite: (l) => toFlagWords(l, given), alerts: err });
    },
    end: (stage, r2, ms) => {
      live?.end(r2.exitCode === 0);
      out(r2.exitCode === 0 ? `\u2713 ${stage} (${formatElapsed(ms)})
` : `\u2717 ${stage} failed (${formatElapsed(ms)})
`);
    },
    skip: (stage, why) => out(`
\u2013 ${stage}: skipped (${why})
`)
  };
  const folder = dir ?? (0, import_node_path2.join)(".meshci", name);
  if (cmd === "down") {
    const none = nothingToRemove({ name, provider, removeRegistry: removeRegistry === "true", dir: folder });
    if (none) {
      out(`meshci down: nothing to remove: ${none}
`);
      return EXIT.ok;
    }
    const ok = await down(
      { name, provider, removeRegistry: removeRegistry === "true", dir: folder, cancel, subscriptionId: rest["subscription-id"] },
      runner,
      hooks
    );
    if (cancel.requested) {
      process.stderr.write(`
meshci down: cancelled (${cancel.requested}); run it again to finish
`);
      return exitFor(cancel.requested);
    }
    return ok ? EXIT.ok : EXIT.failed;
  }
  const t0 = Date.now();
  const r = await runPipeline(
    {
      name,
      provider,
      linkerdVersion,
      dir: folder,
      republish: republish !== "false",
      verify: verify !== "false",
      teardown: false,
      kubeconfig: kubeconfig ? (0, import_node_path2.resolve)(kubeconfig) : void 0,
      mirror: registry ? { destination: registry, plainHttp: /^(localhost|127\.)/.test(registry) } : void 0,
      inputs: { provision: rest },
      toolsMirror: rest["tools-mirror"],
      cancel
    },
    runner,
    hooks
  );
  if (r.cancelled) {
    process.stderr.write(
      `
meshci up: cancelled (${r.cancelled.signal}) during ${r.cancelled.stage}${r.record ? `; ${recordPath(folder)} records what was created \u2014 'meshci down --name ${name}' removes it` : "; nothing was created"}
`
    );
    return exitFor(r.cancelled.signal);
  }
  if (!r.ok) {
    const cleanup = provider === "existing" ? "" : r.record ? `; 'meshci down --name ${name}' removes what was created` : "; nothing was created, there is nothing to remove";
    process.stderr.write(`
meshci up: stopped at ${r.failedAt} (see above)${cleanup}
`);
    if (r.failedAt === "verify") process.stderr.write(`evidence: ${r.evidenceDir}
`);
    return last && last.action === r.failedAt && inputsRefused(last.action, last.log) ? EXIT.usage : EXIT.failed;
  }
  out(`
meshci up: environment ${name} ready in ${formatElapsed(Date.now() - t0)}${r.verdict ? `, verify ${r.verdict}` : ""}
`);
  if (r.verdict) out(`evidence: ${r.evidenceDir}
`);
  if (r.kubeconfig) out(`export KUBECONFIG=${r.kubeconfig}
`);
  return r.verdict === "fail" ? EXIT.failed : EXIT.ok;
}
var stdoutOpen = true;
function out(text) {
  if (stdoutOpen) process.stdout.write(text);
}
function err(text) {
  process.stderr.write(text);
}
function quietOnClosedPipe() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
      if (stream === process.stdout) stdoutOpen = false;
    });
  }
}
function help(topic) {
  if (topic === "up" || topic === "down") return upHelp();
  if (topic === "doctor") return doctorHelp();
  if (topic === "help" || topic === "version") return usage();
  if (actions().includes(topic)) return actionHelp(topic);
  return void 0;
}
async function cli(argv) {
  quietOnClosedPipe();
  const args = parseArgs(argv, flagsOf);
  const known = [...COMMANDS, ...actions()];
  if (args.command !== void 0 && args.command !== "help" && !known.includes(args.command)) {
    process.stderr.write(`meshci: unknown command ${shownArg(args.command)}${didYouMean(args.command, known)}
run 'meshci help' for the commands
`);
    return EXIT.usage;
  }
  if (args.problems.length) {
    const where = args.command && args.command !== "help" ? `meshci ${args.command}` : "meshci";
    const [only] = args.problems;
    process.stderr.write(
      args.problems.length === 1 ? `${where}: ${only}
` : `${where}: ${args.problems.length} problems with the command line:
${args.problems.map((p) => `  - ${p}`).join("\n")}
`
    );
    const cmd = args.command && args.command !== "help" ? args.command : void 0;
    process.stderr.write(cmd ? `run 'meshci help ${cmd}' for its flags
` : "run 'meshci help' for the commands and the flags every command takes\n");
    return EXIT.usage;
  }
  if (args.command === "help" || args.help) {
    const topic = args.command === "help" ? args.positional[0] : args.command;
    const text = topic ? help(topic) : usage();
    if (text === void 0) {
      process.stderr.write(`meshci: unknown command ${shownArg(topic ?? "")}${didYouMean(topic ?? "", known)}
run 'meshci help' for the commands
`);
      return EXIT.usage;
    }
    out(text + "\n");
    return EXIT.ok;
  }
  if (args.version || args.command === "version") {
    out(`meshci ${version()}
`);
    return EXIT.ok;
  }
  if (!args.command) {
    process.stderr.write(usage() + "\n");
    return EXIT.usage;
  }
  if (args.positional.length) {
    process.stderr.write(`meshci ${args.command}: unexpected argument ${shownArg(args.positional[0])} (flags are --name value)
`);
    return EXIT.usage;
  }
  if (args.json && !actions().includes(args.command)) {
    process.stderr.write(`meshci ${args.command}: --json is for an action command (its outputs as JSON), not '${args.command}'
`);
    return EXIT.usage;
  }
  handleSignals();
  try {
    if (args.command === "up" || args.command === "down") return await pipeline(args.command, args);
    if (args.command === "doctor") return await doctor(args.inputs, out) ? EXIT.ok : EXIT.failed;
    return await runOne(args.command, args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`meshci ${args.command}: ${e.message}
`);
      return EXIT.usage;
    }
    process.stderr.write(`meshci: ${getErrorMessage(e)}
`);
    if (args.debug && e instanceof Error) process.stderr.write(`${e.stack}
`);
    return EXIT.failed;
  }
}
process.exitCode = await cli(process.argv.slice(2));
