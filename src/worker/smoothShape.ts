/** The SmoothQuant lab's matrices: X tokens×channels with outlier channels, W channels×out (tfjs-free, for the UI). */
export const SMOOTH_SHAPE = { tokens: 128, channels: 256, out: 64, outlierChannels: 6 } as const;
