// Arrow-key movement between the timeline's marks: Left/Right to the previous/next mark (lane by lane, each in
// time order, so Right from the first mark reaches every one), Up/Down to the nearest mark in the lane above/below,
// Home/End to the first/last.

export function moveFocus(marks: readonly HTMLElement[], from: HTMLElement, key: string): HTMLElement | undefined {
  const i = marks.indexOf(from);
  switch (key) {
    case 'ArrowLeft':
      return marks[i - 1];
    case 'ArrowRight':
      return marks[i + 1];
    case 'Home':
      return marks[0];
    case 'End':
      return marks[marks.length - 1];
    case 'ArrowUp':
    case 'ArrowDown':
      return nearestInNextLane(marks, from, key === 'ArrowUp' ? -1 : 1);
    default:
      return undefined;
  }
}

function nearestInNextLane(marks: readonly HTMLElement[], from: HTMLElement, step: -1 | 1): HTMLElement | undefined {
  const lanes = [...new Set(marks.map(m => m.parentElement))];
  const lane = lanes[lanes.indexOf(from.parentElement) + step];
  const left = from.getBoundingClientRect().left;
  let best: HTMLElement | undefined;
  for (const m of marks) {
    if (m.parentElement === lane && (!best || Math.abs(m.getBoundingClientRect().left - left) < Math.abs(best.getBoundingClientRect().left - left))) {
      best = m;
    }
  }
  return best;
}
