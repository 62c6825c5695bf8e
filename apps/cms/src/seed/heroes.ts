/**
 * The seed's hero images, one drawing per article: each shows what its alt text says (two overlapping
 * circles, a crescent above waves, a doorway…), in the article's two colours, at 1600x900. `shows` lists
 * the words of the alt text that name what is drawn; a unit test holds every article's alt text to them,
 * so a reader who cannot see the image is never told about shapes that are not there.
 */

export type HeroScene = {
  /** Words the article's alt text must contain: what the drawing shows. */
  shows: string[]
  /** SVG body for a 1600x900 canvas, from the strong colour `a` and the light colour `b`. */
  draw: (a: string, b: string) => string
}

const channel = (hex: string, index: number) => parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16)

/** `a` moved toward `b` by `t` (0 is `a`, 1 is `b`). */
export function mix(a: string, b: string, t: number): string {
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** A soft field from the light colour to white, top left to bottom right: the ground of most scenes. */
const field = (b: string, id = 'field') =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${b}"/><stop offset="1" stop-color="${mix(b, '#ffffff', 0.55)}"/></linearGradient></defs><rect width="1600" height="900" fill="url(#${id})"/>`

/** A hand seen from the back, fingers pointing right, its wrist at (0, 0): palm, four fingers, a thumb. */
const hand = (fill: string) =>
  [
    `<rect x="-420" y="-70" width="440" height="140" rx="70" fill="${fill}"/>`,
    `<rect x="0" y="-105" width="200" height="210" rx="80" fill="${fill}"/>`,
    ...[-84, -30, 24, 76].map(
      (y, i) =>
        `<rect x="150" y="${y}" width="${[150, 170, 160, 130][i]}" height="46" rx="23" fill="${fill}"/>`,
    ),
    `<rect x="30" y="-128" width="160" height="54" rx="27" fill="${fill}" transform="rotate(-24 30 -101)"/>`,
  ].join('')

/** A speech bubble: a rounded body and a tail at its lower left. */
const bubble = (x: number, y: number, w: number, h: number, fill: string, opacity: number, flip = false) => {
  const tailX = flip ? x + w - 140 : x + 140
  const tip = flip ? tailX + 90 : tailX - 90
  return `<g fill="${fill}" fill-opacity="${opacity}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="70"/><path d="M${tailX - 50} ${y + h - 2} L${tip} ${y + h + 110} L${tailX + 50} ${y + h - 2} Z"/></g>`
}

/** A line that starts jagged at the left and eases into smooth waves at the right, around height `y`. */
function easingLine(y: number, amplitude: number): string {
  const parts = [`M0 ${y}`]
  for (let x = 50, up = true; x <= 760; x += 50, up = !up)
    parts.push(`L${x} ${(y + (up ? -1 : 1) * amplitude * (1 - x / 1100)).toFixed(0)}`)
  for (let x = 760; x < 1600; x += 140)
    parts.push(`Q${x + 70} ${(y - amplitude * 0.25).toFixed(0)} ${x + 140} ${y}`)
  return parts.join(' ')
}

/** One loop of a looping line: a figure like a stretched "e", from (x, y) to (x + 300, y). */
const loop = (x: number, y: number, size: number) =>
  `C${x + size} ${y - size * 1.4} ${x + size * 1.9} ${y - size * 0.2} ${x + size} ${y + size * 0.2} C${x + size * 0.3} ${y + size * 0.5} ${x + size * 0.6} ${y - size * 0.6} ${x + size * 2} ${y}`

export const heroScenes: Record<string, HeroScene> = {
  'emotional-intimacy': {
    shows: ['two', 'overlapping', 'circles'],
    draw: (a, b) =>
      `${field(b)}<defs><clipPath id="left"><circle cx="660" cy="450" r="290"/></clipPath></defs>` +
      `<circle cx="660" cy="450" r="290" fill="${a}" fill-opacity="0.78"/>` +
      `<circle cx="940" cy="450" r="290" fill="${mix(a, b, 0.45)}" fill-opacity="0.85"/>` +
      `<circle cx="940" cy="450" r="290" fill="${mix(a, '#000000', 0.18)}" clip-path="url(#left)"/>`,
  },
  'emotional-intimacy-in-marriage': {
    shows: ['two', 'interlocking', 'rings'],
    draw: (a, b) => {
      const rose = mix('#d98b8b', b, 0.25)
      return (
        `${field(b)}<defs><clipPath id="over"><rect x="760" y="0" width="120" height="450"/></clipPath></defs>` +
        `<circle cx="940" cy="450" r="230" fill="none" stroke="${rose}" stroke-width="62"/>` +
        `<circle cx="660" cy="450" r="230" fill="none" stroke="${a}" stroke-width="62"/>` +
        // The rose ring passes over the amber one at the top crossing: the rings interlock.
        `<circle cx="940" cy="450" r="230" fill="none" stroke="${rose}" stroke-width="62" clip-path="url(#over)"/>`
      )
    },
  },
  'addiction-vs-dependence': {
    shows: ['two', 'overlapping', 'squares'],
    draw: (a, b) =>
      `${field(b)}<rect x="470" y="190" width="420" height="420" rx="28" fill="${a}" fill-opacity="0.88" transform="rotate(-6 680 400)"/>` +
      `<rect x="740" y="300" width="420" height="420" rx="28" fill="${mix(b, '#8a6a2e', 0.35)}" fill-opacity="0.8" transform="rotate(5 950 510)"/>`,
  },
  'cbt-for-insomnia': {
    shows: ['crescent', 'stacked', 'waves'],
    draw: (a, b) => {
      const waves = [0, 1, 2]
        .map((i) => {
          const y = 610 + i * 90
          return `<path d="M0 ${y} C 260 ${y - 60}, 540 ${y + 60}, 800 ${y} S 1340 ${y - 60}, 1600 ${y} V900 H0 Z" fill="${b}" fill-opacity="${(0.18 + i * 0.2).toFixed(2)}"/>`
        })
        .join('')
      return (
        `<rect width="1600" height="900" fill="${a}"/>` +
        `<defs><mask id="moon"><rect width="1600" height="900" fill="#fff"/><circle cx="1000" cy="250" r="150" fill="#000"/></mask></defs>` +
        `<circle cx="920" cy="300" r="170" fill="${b}" mask="url(#moon)"/>${waves}`
      )
    },
  },
  'generalized-anxiety-disorder': {
    shows: ['looping', 'lines'],
    draw: (a, b) =>
      field(b) +
      [0, 1, 2]
        .map((i) => {
          const y = 300 + i * 150
          let d = `M-40 ${y}`
          for (let x = -40; x < 1600; x += 300) d += ` ${loop(x, y, 150)}`
          return `<path d="${d}" fill="none" stroke="${a}" stroke-opacity="${(0.9 - i * 0.25).toFixed(2)}" stroke-width="${18 - i * 4}" stroke-linecap="round"/>`
        })
        .join(''),
  },
  'grounding-techniques-for-anxiety': {
    shows: ['layered', 'horizontal', 'bands'],
    draw: (a, b) =>
      `<rect width="1600" height="900" fill="${b}"/>` +
      [0, 1, 2, 3, 4]
        .map((i) => {
          const y = 330 + i * 115
          return `<path d="M0 ${y} C 400 ${y - 30}, 1200 ${y + 30}, 1600 ${y - 10} V900 H0 Z" fill="${a}" fill-opacity="${(0.16 + i * 0.14).toFixed(2)}"/>`
        })
        .join(''),
  },
  'healthy-communication-in-relationships': {
    shows: ['two', 'speech', 'shapes', 'overlapping'],
    draw: (a, b) =>
      field(b) +
      bubble(380, 200, 560, 340, a, 0.9) +
      bubble(700, 330, 540, 320, mix('#7fb2d6', b, 0.2), 0.85, true),
  },
  'how-to-help-a-friend-with-addiction': {
    shows: ['two', 'hands', 'reaching'],
    draw: (a, b) =>
      field(b) +
      `<g transform="translate(430 480) rotate(-6)">${hand(a)}</g>` +
      `<g transform="translate(1170 420) scale(-1 1) rotate(-6)">${hand(mix(a, b, 0.45))}</g>`,
  },
  'preparing-for-your-first-therapy-session': {
    shows: ['open', 'doorway'],
    draw: (a, b) =>
      `<rect width="1600" height="900" fill="${b}"/>` +
      `<rect x="0" y="760" width="1600" height="140" fill="${mix(b, '#000000', 0.06)}"/>` +
      // The opening: warm light through an arched door frame, the door swung inward to the left.
      `<path d="M640 760 V330 A160 160 0 0 1 960 330 V760 Z" fill="${a}"/>` +
      `<path d="M640 760 V330 L560 300 V800 Z" fill="${mix(a, '#000000', 0.35)}"/>` +
      `<path d="M640 760 L960 760 L1120 900 L520 900 Z" fill="${a}" fill-opacity="0.35"/>`,
  },
  'questions-to-ask-your-partner': {
    shows: ['scattered', 'rounded', 'shapes'],
    draw: (a, b) => {
      const spots: [number, number, number, number, number][] = [
        [180, 160, 180, 120, 0.8],
        [520, 420, 140, 140, 0.5],
        [860, 140, 220, 150, 0.65],
        [1240, 330, 160, 160, 0.85],
        [320, 620, 220, 140, 0.45],
        [780, 600, 160, 160, 0.75],
        [1160, 650, 240, 130, 0.55],
        [1380, 120, 120, 120, 0.4],
      ]
      return (
        field(b) +
        spots
          .map(
            ([x, y, w, h, o]) =>
              `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.min(w, h) / 2}" fill="${a}" fill-opacity="${o}"/>`,
          )
          .join('')
      )
    },
  },
  'repairing-after-an-argument': {
    shows: ['two', 'broken', 'arcs', 'circle'],
    draw: (a, b) =>
      field(b) +
      // Two arcs of one circle (centre 800,450, radius 280), each stopping short of the other.
      `<path d="M 548 328 A 280 280 0 0 1 1052 328" fill="none" stroke="${a}" stroke-width="64" stroke-linecap="round"/>` +
      `<path d="M 1068 530 A 280 280 0 0 1 532 530" fill="none" stroke="${mix(a, b, 0.45)}" stroke-width="64" stroke-linecap="round"/>`,
  },
  'signs-of-depression': {
    shows: ['soft', 'gradient'],
    draw: (a, b) =>
      `<defs><linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="0.55" stop-color="${mix(a, b, 0.6)}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="1600" height="900" fill="url(#dusk)"/>`,
  },
  'supporting-a-partner-with-depression': {
    shows: ['large', 'small', 'circle', 'leaning'],
    draw: (a, b) =>
      field(b) +
      `<rect x="0" y="740" width="1600" height="160" fill="${mix(b, a, 0.12)}"/>` +
      `<circle cx="700" cy="470" r="270" fill="${a}" fill-opacity="0.9"/>` +
      // The small one rests against the large one's side.
      `<circle cx="1055" cy="600" r="140" fill="${mix(a, b, 0.5)}"/>`,
  },
  'understanding-ptsd': {
    shows: ['jagged', 'smooth', 'curves'],
    draw: (a, b) =>
      field(b) +
      [0, 1, 2]
        .map(
          (i) =>
            `<path d="${easingLine(320 + i * 140, 120 - i * 20)}" fill="none" stroke="${a}" stroke-opacity="${(0.95 - i * 0.25).toFixed(2)}" stroke-width="${20 - i * 5}" stroke-linejoin="round" stroke-linecap="round"/>`,
        )
        .join(''),
  },
  'what-is-cbt': {
    shows: ['three', 'connected', 'circles', 'loop'],
    draw: (a, b) => {
      const centres: [number, number][] = [
        [800, 220],
        [1040, 640],
        [560, 640],
      ]
      const links = centres
        .map(([x1, y1], i) => {
          const [x2, y2] = centres[(i + 1) % 3]!
          const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2]
          // Bow each link outward from the middle of the triangle, so the three make one loop.
          const [cx, cy] = [mx + (mx - 800) * 0.45, my + (my - 500) * 0.45]
          return `<path d="M${x1} ${y1} Q${cx.toFixed(0)} ${cy.toFixed(0)} ${x2} ${y2}" fill="none" stroke="${mix(a, b, 0.35)}" stroke-width="26" stroke-linecap="round"/>`
        })
        .join('')
      const circles = centres
        .map(
          ([x, y], i) =>
            `<circle cx="${x}" cy="${y}" r="120" fill="${a}" fill-opacity="${[1, 0.8, 0.62][i]}"/>`,
        )
        .join('')
      return field(b) + links + circles
    },
  },
  'bipolar-disorder-basics': {
    shows: ['line', 'rises high', 'dips low', 'calm'],
    draw: (a, b) =>
      field(b) +
      `<path d="M0 450 H380 C 470 450, 500 120, 600 120 S 720 450, 800 450 S 920 780, 1000 780 S 1130 450, 1220 450 H1600" fill="none" stroke="${a}" stroke-width="26" stroke-linecap="round" stroke-linejoin="round"/>` +
      `<path d="M0 450 H1600" stroke="${a}" stroke-opacity="0.18" stroke-width="6"/>`,
  },
  'adhd-in-adults': {
    shows: ['arrows', 'different ways', 'steady circle'],
    draw: (a, b) => {
      const arrows = Array.from({ length: 10 }, (_, i) => {
        const angle = (i / 10) * Math.PI * 2 + (i % 2 ? 0.35 : -0.2)
        const [x, y] = [800 + Math.cos(angle) * 330, 450 + Math.sin(angle) * 300]
        // Outward, each turned a little its own way.
        const turn = ((angle * 180) / Math.PI + ((i * 37) % 90) - 45).toFixed(0)
        return `<g transform="translate(${x.toFixed(0)} ${y.toFixed(0)}) rotate(${turn})"><rect x="-90" y="-13" width="150" height="26" rx="13" fill="${mix(a, b, 0.35)}"/><path d="M44 -46 L124 0 L44 46 Z" fill="${mix(a, b, 0.35)}"/></g>`
      }).join('')
      return field(b) + arrows + `<circle cx="800" cy="450" r="130" fill="${a}"/>`
    },
  },
  'eating-disorders-warning-signs': {
    shows: ['small plant', 'two leaves', 'bowl'],
    draw: (a, b) =>
      field(b) +
      `<path d="M800 560 C 800 470, 805 400, 800 300" fill="none" stroke="${a}" stroke-width="18" stroke-linecap="round"/>` +
      `<path d="M800 420 C 700 420, 630 350, 620 270 C 710 270, 790 330, 800 420 Z" fill="${mix(a, b, 0.25)}"/>` +
      `<path d="M802 360 C 900 360, 980 290, 990 210 C 890 210, 812 270, 802 360 Z" fill="${a}"/>` +
      `<path d="M560 560 H1040 C 1040 700, 940 770, 800 770 C 660 770, 560 700, 560 560 Z" fill="${mix(a, '#000000', 0.15)}"/>`,
  },
  'childhood-trauma-in-adulthood': {
    shows: ['small circle', 'sheltered', 'arc'],
    draw: (a, b) =>
      field(b) +
      `<path d="M480 640 A 320 320 0 0 1 1120 640" fill="none" stroke="${a}" stroke-width="70" stroke-linecap="round"/>` +
      `<circle cx="800" cy="560" r="110" fill="${mix(a, b, 0.4)}"/>` +
      `<rect x="380" y="700" width="840" height="16" rx="8" fill="${a}" fill-opacity="0.3"/>`,
  },
  'what-is-dbt': {
    shows: ['two', 'weights', 'balanced', 'beam'],
    draw: (a, b) =>
      field(b) +
      `<path d="M800 330 L720 720 H880 Z" fill="${mix(a, b, 0.4)}"/>` +
      `<rect x="380" y="300" width="840" height="30" rx="15" fill="${a}"/>` +
      `<circle cx="470" cy="220" r="80" fill="${a}" fill-opacity="0.85"/>` +
      `<rect x="1060" y="150" width="150" height="150" rx="24" fill="${mix(a, b, 0.25)}"/>`,
  },
  'what-is-emdr': {
    shows: ['dot', 'side to side', 'curved track'],
    draw: (a, b) =>
      field(b) +
      `<path d="M300 420 Q 800 640 1300 420" fill="none" stroke="${mix(a, b, 0.55)}" stroke-width="22" stroke-linecap="round" stroke-dasharray="2 44"/>` +
      [0.25, 0.45, 0.7]
        .map(
          (o, i) =>
            `<circle cx="${420 + i * 150}" cy="${480 + i * 28}" r="${40 + i * 12}" fill="${a}" fill-opacity="${o}"/>`,
        )
        .join('') +
      `<circle cx="1120" cy="500" r="76" fill="${a}"/>`,
  },
  'is-online-therapy-right-for-you': {
    shows: ['laptop', 'two speech shapes'],
    draw: (a, b) =>
      field(b) +
      `<rect x="470" y="170" width="660" height="440" rx="28" fill="${a}"/>` +
      `<rect x="505" y="205" width="590" height="370" rx="10" fill="${mix(b, '#ffffff', 0.6)}"/>` +
      `<path d="M380 640 H1220 L1160 700 H440 Z" fill="${mix(a, '#000000', 0.2)}"/>` +
      bubble(560, 250, 300, 130, a, 0.85) +
      bubble(740, 390, 300, 120, mix(a, b, 0.5), 0.9, true),
  },
  'psychologist-or-psychiatrist': {
    shows: ['two paths', 'branch', 'one point'],
    draw: (a, b) =>
      field(b) +
      `<path d="M800 860 C 800 700, 800 600, 800 520 C 800 400, 620 330, 460 200" fill="none" stroke="${a}" stroke-width="46" stroke-linecap="round"/>` +
      `<path d="M800 520 C 800 400, 980 330, 1140 200" fill="none" stroke="${mix(a, b, 0.45)}" stroke-width="46" stroke-linecap="round"/>` +
      `<circle cx="800" cy="520" r="44" fill="${mix(a, '#000000', 0.2)}"/>`,
  },
  'what-happens-in-couples-counseling': {
    shows: ['two chairs', 'facing each other'],
    draw: (a, b) => {
      const chair = (fill: string) =>
        `<rect x="0" y="0" width="60" height="300" rx="20" fill="${fill}"/><rect x="0" y="200" width="220" height="60" rx="20" fill="${fill}"/><rect x="170" y="230" width="36" height="170" rx="14" fill="${fill}"/><rect x="14" y="230" width="36" height="170" rx="14" fill="${fill}"/>`
      return (
        field(b) +
        `<rect x="0" y="760" width="1600" height="140" fill="${mix(b, a, 0.12)}"/>` +
        `<g transform="translate(430 360)">${chair(a)}</g>` +
        `<g transform="translate(1170 360) scale(-1 1)">${chair(mix(a, b, 0.4))}</g>`
      )
    },
  },
  'how-to-choose-a-therapist': {
    shows: ['row', 'doors', 'one of them open'],
    draw: (a, b) =>
      field(b) +
      [0, 1, 2, 3]
        .map((i) => {
          const x = 300 + i * 270
          return i === 2
            ? `<rect x="${x}" y="260" width="190" height="420" rx="12" fill="${mix(b, '#ffffff', 0.7)}" stroke="${a}" stroke-width="14"/><path d="M${x} 260 L${x - 60} 240 V700 L${x} 680 Z" fill="${a}"/>`
            : `<rect x="${x}" y="260" width="190" height="420" rx="12" fill="${mix(a, b, 0.55)}"/><circle cx="${x + 160}" cy="480" r="10" fill="${a}"/>`
        })
        .join('') +
      `<rect x="200" y="680" width="1200" height="14" rx="7" fill="${a}" fill-opacity="0.35"/>`,
  },
  'asking-for-a-mental-health-day': {
    shows: ['sun', 'rising', 'calm horizon'],
    draw: (a, b) =>
      `<rect width="1600" height="900" fill="${b}"/>` +
      `<circle cx="800" cy="600" r="210" fill="${a}"/>` +
      `<rect x="0" y="600" width="1600" height="300" fill="${mix(b, a, 0.28)}"/>` +
      `<rect x="0" y="598" width="1600" height="10" fill="${mix(a, '#000000', 0.1)}" fill-opacity="0.5"/>`,
  },
}
