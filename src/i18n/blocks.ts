/** Strings of the Explorer's block-format view (GGUF/ggml, MX and NV block formats). */
export const blocksEn = {
  heading: 'Block formats',
  intro:
    'Each block of 16–256 neighbouring weights gets its own scale, so one outlier only coarsens its own block. Below: the tensor requantized into each format, beside integer quantization per channel and in groups.',
  computing: 'Requantizing…',
  sampled: 'Large tensor: these figures come from {{slices}} evenly spaced slices along the first axis, out of {{of}}.',
  streamed: 'This tensor is too large to hold, so it is not requantized.',
  sqnr: 'SQNR',
  bpw: 'bits / weight',
  mse: 'MSE',
  names: {
    'int8-channel': 'INT8 per channel',
    'int4-channel': 'INT4 per channel',
    'int4-g128': 'INT4, groups of 128',
    'int4-g32': 'INT4, groups of 32',
    Q8_0: 'Q8_0 (ggml, 32)',
    Q4_0: 'Q4_0 (ggml, 32)',
    Q4_K: 'Q4_K (ggml, 256 = 8 × 32)',
    MXFP4: 'MXFP4 (OCP MX, 32)',
    NVFP4: 'NVFP4 (NVIDIA, 16)',
  },
  facts:
    'Bits per weight include the stored scales: FP32 per channel, FP16 per INT4 group, F16 d (and dmin) per ggml block, an 8-bit E8M0 exponent per MXFP4 block, an FP8 E4M3 scale per NVFP4 block plus one FP32 scale per tensor. Blocks run along the last axis when it holds whole blocks, otherwise along the flattened tensor.',
  storedHeading: 'Stored block scales ({{format}}, one per {{span}} values)',
  storedHint:
    'Upper strip: the largest |value| in each stretch of the tensor; lower strip: the largest stored step d·sc there. Bright means large (log scale); each column covers {{perBin}} values.',
  values: 'max |x|',
  steps: 'step d·sc',
};

export const blocksKo: typeof blocksEn = {
  heading: '블록 형식',
  intro:
    '이웃한 가중치 16–256개를 한 블록으로 묶어 블록마다 스케일을 따로 둡니다. 그래서 이상치 하나가 있어도 그 블록만 거칠어집니다. 아래는 텐서를 각 형식으로 다시 양자화한 결과를 채널별·그룹별 정수 양자화와 나란히 비교합니다.',
  computing: '다시 양자화하는 중…',
  sampled: '큰 텐서라서 첫 번째 축을 따라 고르게 고른 조각 {{slices}}개(전체 {{of}}개)로 계산한 값입니다.',
  streamed: '이 텐서는 너무 커서 메모리에 올리지 않으므로 다시 양자화하지 않습니다.',
  sqnr: 'SQNR',
  bpw: '가중치당 비트',
  mse: 'MSE',
  names: {
    'int8-channel': 'INT8 채널별',
    'int4-channel': 'INT4 채널별',
    'int4-g128': 'INT4, 128개 그룹',
    'int4-g32': 'INT4, 32개 그룹',
    Q8_0: 'Q8_0 (ggml, 32)',
    Q4_0: 'Q4_0 (ggml, 32)',
    Q4_K: 'Q4_K (ggml, 256 = 8 × 32)',
    MXFP4: 'MXFP4 (OCP MX, 32)',
    NVFP4: 'NVFP4 (NVIDIA, 16)',
  },
  facts:
    '가중치당 비트에는 저장되는 스케일도 들어갑니다. 채널마다 FP32, INT4 그룹마다 FP16, ggml 블록마다 F16 d(와 dmin), MXFP4 블록마다 8비트 E8M0 지수, NVFP4 블록마다 FP8 E4M3 스케일과 텐서 전체에 FP32 스케일 하나입니다. 마지막 축 길이가 블록 크기의 배수이면 블록은 그 축을 따라, 아니면 텐서를 일렬로 펼친 순서를 따라 나뉩니다.',
  storedHeading: '저장된 블록 스케일 ({{format}}, 값 {{span}}개마다 하나)',
  storedHint:
    '위 띠는 텐서의 각 구간에서 가장 큰 |값|, 아래 띠는 같은 구간에 저장된 가장 큰 간격 d·sc입니다. 밝을수록 큽니다(로그 눈금). 한 칸은 값 {{perBin}}개를 덮습니다.',
  values: '최대 |x|',
  steps: '간격 d·sc',
};
