/**
 * A gentle two-note chime made with Web Audio (no sound file): soft sine tones with a slow
 * attack and decay, so the end of a topic is noticed without startling the room.
 */
export function playChime(): void {
  const AudioCtx = (window as unknown as { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext }).AudioContext
    ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioCtx) return;
  try {
    const ctx = new AudioCtx();
    const start = ctx.currentTime;
    [659.25, 880].forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const at = start + i * 0.35;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.12, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 1.25);
    });
    setTimeout(() => void ctx.close(), 2000);
  } catch {
    // No audio device (or autoplay refused): the countdown on screen still says time is up.
  }
}
