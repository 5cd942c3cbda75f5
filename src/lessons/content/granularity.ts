import type { Lesson } from '../types';

/** Lesson 4: one range per tensor, per channel, or per group of values. */
export const granularity: Lesson = {
  id: 'granularity',
  title: { en: 'Granularity: per tensor, per channel, per group', ko: '양자화 단위: 텐서별, 채널별, 그룹별' },
  summary: {
    en: 'How many values share one scale, shown on a depthwise kernel whose channels differ 50×.',
    ko: '값 몇 개가 scale 하나를 나눠 쓰는지를, 채널마다 범위가 50배 다른 depthwise 커널로 봅니다.',
  },
  steps: [
    {
      scene: '?v=1&sample=depthwise&n=16384',
      focus: 'gran.panel',
      text: {
        en: 'Each bar is one output channel of a depthwise convolution: {{count}} weights in channels whose ranges differ about 50×. With one range for the whole tensor, [{{beta}}, {{alpha}}], the widest channel sets the step ({{scale}}) for everyone, and the narrow channels fall between a few levels.',
        ko: '막대 하나가 depthwise 합성곱의 출력 채널 하나입니다. 가중치 {{count}}개가 들어 있고, 채널끼리 범위가 50배쯤 차이 납니다. 텐서 전체에 범위 하나 [{{beta}}, {{alpha}}]를 쓰면 가장 넓은 채널이 모두의 간격({{scale}})을 정하고, 좁은 채널들은 수준 몇 개 사이에 갇힙니다.',
      },
      tryThis: {
        en: 'Click one of the shortest bars: how many levels does that channel get under the per-tensor range?',
        ko: '가장 짧은 막대 하나를 클릭해 보세요. 텐서별 범위에서 그 채널은 수준을 몇 개나 받나요?',
      },
      question: {
        ask: {
          en: 'A channel spans 1/50 of the per-tensor range. About how many of the 256 int8 levels can it use?',
          ko: '어떤 채널이 텐서 전체 범위의 1/50만 차지한다면, int8의 256개 수준 중 대략 몇 개를 쓸 수 있을까요?',
        },
        answer: {
          en: 'About 256 / 50 ≈ 5: its weights are represented by roughly five distinct values.',
          ko: '대략 256 / 50 ≈ 5개입니다. 그 채널의 가중치는 서로 다른 값 다섯 개 정도로만 표현됩니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=depthwise&n=16384&bits=4',
      focus: 'gran.panel',
      text: {
        en: 'Per-channel quantization gives each channel its own scale (PyTorch’s PerChannelMinMaxObserver). Compare the rows of the table: every channel now spreads over the whole grid, and the error drops sharply. This is the standard choice for convolution and linear weights.',
        ko: '채널별 양자화는 채널마다 자기 scale을 줍니다(PyTorch의 PerChannelMinMaxObserver). 표의 행들을 비교해 보세요. 이제 모든 채널이 격자 전체를 쓰고, 오차가 크게 줄어듭니다. 합성곱과 선형 층의 가중치에는 이것이 표준입니다.',
      },
      tryThis: {
        en: 'Sort the channels by range width, then change the bit width and watch the “levels used per channel” column.',
        ko: '“범위 폭 순으로 채널 정렬”을 켠 다음, 비트 수를 바꾸며 “채널별 사용 수준” 열을 지켜보세요.',
      },
      question: {
        ask: {
          en: 'Why are activations usually quantized per tensor, not per channel?',
          ko: '활성화는 왜 채널별이 아니라 보통 텐서별로 양자화할까요?',
        },
        answer: {
          en: 'Activations change with every input, so their ranges must be known ahead of time or measured at run time; one scale per tensor keeps that cheap and keeps the integer kernels simple.',
          ko: '활성화는 입력마다 달라지므로 범위를 미리 정하거나 실행 중에 재야 합니다. 텐서당 scale 하나면 그 비용이 작고 정수 커널도 단순하게 유지됩니다.',
        },
      },
    },
    {
      scene: '?v=1&model=blazeface&tensor=unknown_93&axis=2',
      focus: 'gran.panel',
      text: {
        en: 'These are real weights: a 3 × 3 depthwise kernel of BlazeFace, a face detector, stored by TensorFlow.js as [kH, kW, channels, 1], so the channel axis is 2. Its channels differ in width too, though less regularly than the synthetic one. The range of the whole tensor is [{{beta}}, {{alpha}}].',
        ko: '이번에는 실제 가중치입니다. 얼굴 검출기 BlazeFace의 3 × 3 depthwise 커널로, TensorFlow.js는 [kH, kW, 채널, 1]로 저장하므로 채널 축은 2입니다. 합성 예제만큼 규칙적이진 않지만 여기서도 채널마다 폭이 다릅니다. 텐서 전체의 범위는 [{{beta}}, {{alpha}}]입니다.',
      },
      tryThis: {
        en: 'Lower the bit width to 4 and compare how much per-channel saves over per-tensor.',
        ko: '비트 수를 4로 낮추고, 채널별이 텐서별보다 얼마나 나은지 비교해 보세요.',
      },
    },
    {
      scene: '?v=1&model=blazeface&tensor=unknown_99&axis=3&bits=4',
      focus: 'gran.panel',
      text: {
        en: 'Group-wise (sub-channel) quantization goes one step finer: every run of g consecutive values along the last axis gets its own scale, as 4-bit LLM weights do. Here it runs on a 1 × 1 convolution of BlazeFace ({{count}} weights) at {{bits}} bits. More scales cost more storage, but an outlier then stretches only its own group’s range.',
        ko: '그룹별(서브채널) 양자화는 한 단계 더 잘게 나눕니다. 마지막 축을 따라 연속한 값 g개마다 scale을 따로 두며, 4비트 LLM 가중치가 이렇게 합니다. 여기서는 BlazeFace의 1 × 1 합성곱(가중치 {{count}}개)에 {{bits}}비트로 적용했습니다. scale이 많을수록 저장할 것이 늘지만, 이상치는 자기 그룹의 범위만 늘립니다.',
      },
      tryThis: {
        en: 'Try group sizes 32, 64 and 128: how does the group-wise error move between per-tensor and per-channel?',
        ko: '그룹 크기를 32, 64, 128로 바꿔 보세요. 그룹별 오차는 텐서별과 채널별 사이에서 어떻게 움직이나요?',
      },
      question: {
        ask: {
          en: 'At 4 bits with groups of 32 and a 16-bit scale per group, how many bits does each weight really cost?',
          ko: '4비트, 그룹 크기 32, 그룹마다 16비트 scale을 둔다면 가중치 하나에 실제로 몇 비트가 들까요?',
        },
        answer: {
          en: '4 + 16/32 = 4.5 bits per weight: the scales add an eighth on top of the codes.',
          ko: '4 + 16/32 = 4.5비트입니다. scale이 코드 위에 8분의 1만큼 더해집니다.',
        },
      },
    },
  ],
};
