import type { Lesson } from '../types';

/** Lesson 1: how FP32, FP16, BF16, FP8 and INT8 trade range against precision. */
export const formats: Lesson = {
  id: 'formats',
  title: { en: 'Number formats: range against precision', ko: '수 표현 형식: 범위와 정밀도의 맞바꿈' },
  summary: {
    en: 'FP32, FP16, BF16, FP8 and INT8 side by side on the same tensor.',
    ko: '같은 텐서를 FP32, FP16, BF16, FP8, INT8로 나란히 비교합니다.',
  },
  steps: [
    {
      scene: '?v=1&sample=gaussian',
      focus: 'formats.panel',
      text: {
        en: 'A float stores a sign, an exponent and a mantissa. The exponent bits decide how far the format reaches (its range); the mantissa bits decide how finely it can tell two nearby numbers apart (its precision). Each card below casts the same {{count}} weights into one format and measures what was lost.',
        ko: '부동소수점 수는 부호, 지수, 가수 세 부분으로 이루어집니다. 지수 비트는 얼마나 크거나 작은 수까지 닿는지(범위)를, 가수 비트는 가까운 두 수를 얼마나 잘 구별하는지(정밀도)를 정합니다. 아래 카드들은 같은 가중치 {{count}}개를 각 형식으로 바꾸고 잃어버린 만큼을 잽니다.',
      },
      tryThis: {
        en: 'Type 0.1 into the bit-layout box and compare the value each format really stores.',
        ko: '비트 구성 상자에 0.1을 입력하고, 각 형식이 실제로 저장하는 값을 비교해 보세요.',
      },
      question: {
        ask: {
          en: 'BF16 and FP16 both use 16 bits. Why does BF16 reach as far as FP32?',
          ko: 'BF16과 FP16은 둘 다 16비트입니다. 그런데 BF16은 어떻게 FP32만큼 큰 수까지 표현할까요?',
        },
        answer: {
          en: 'It keeps FP32’s 8 exponent bits and gives up mantissa bits instead (7 instead of 23), so it has the same range with far less precision.',
          ko: 'FP32와 같은 8비트 지수를 그대로 두고, 대신 가수를 23비트에서 7비트로 줄였기 때문입니다. 범위는 같고 정밀도는 훨씬 낮습니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers',
      focus: 'formats.panel',
      text: {
        en: 'These activations reach {{max}}, far beyond the bulk near zero. FP16 still holds them (its largest finite value is 65504), but FP8 E4M3 stops at 448 and E5M2 gives each value only 2 mantissa bits. Look at the bands: each format covers a window of magnitudes, pale where numbers become subnormal.',
        ko: '이 활성화 값은 0 근처에 몰려 있지만 가장 큰 값은 {{max}}까지 갑니다. FP16은 최댓값이 65504라 아직 담을 수 있지만, FP8 E4M3는 448에서 멈추고 E5M2는 가수가 2비트뿐입니다. 띠 그림을 보세요. 형식마다 담을 수 있는 크기의 구간이 있고, 흐린 부분은 비정규(subnormal) 수가 되는 영역입니다.',
      },
      tryThis: {
        en: 'Type 70000 into the bit-layout box: which formats overflow, and what does BF16 store instead?',
        ko: '비트 구성 상자에 70000을 입력해 보세요. 어떤 형식이 넘치고(overflow), BF16은 대신 어떤 값을 저장하나요?',
      },
      question: {
        ask: {
          en: 'Why do large language models often run in BF16 rather than FP16?',
          ko: '큰 언어 모델은 왜 FP16보다 BF16으로 자주 실행할까요?',
        },
        answer: {
          en: 'Their activations contain rare, very large values. FP16 overflows to infinity past 65504; BF16’s range is as wide as FP32’s, so nothing overflows, at the cost of about 2–3 significant digits.',
          ko: '활성화에 드물지만 매우 큰 값이 섞여 있기 때문입니다. FP16은 65504를 넘으면 무한대가 되지만 BF16은 범위가 FP32만큼 넓어 넘치지 않습니다. 대신 유효숫자는 2~3자리 정도로 줄어듭니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gaussian',
      focus: 'hist.svg',
      text: {
        en: 'INT8 works differently: {{levels}} evenly spaced levels between β and α, here {{scale}} apart, the same step everywhere. Storing {{count}} values takes {{mib32}} MiB in FP32, {{mib16}} MiB in FP16 or BF16 and {{mib8}} MiB in INT8. Published figure (NVIDIA Turing, quoted in the article): INT8 math runs up to 16× faster than FP32.',
        ko: 'INT8은 방식이 다릅니다. β와 α 사이에 같은 간격의 수준 {{levels}}개를 두며, 지금 간격은 어디서나 {{scale}}입니다. 값 {{count}}개를 저장하면 FP32는 {{mib32}} MiB, FP16·BF16은 {{mib16}} MiB, INT8은 {{mib8}} MiB가 듭니다. 발표된 수치(NVIDIA Turing, 글에서 인용): INT8 연산의 처리량은 FP32의 최대 16배입니다.',
      },
      tryThis: {
        en: 'Scroll on the histogram to zoom in until the grid of levels appears between β and α.',
        ko: '히스토그램 위에서 스크롤해 확대하면, β와 α 사이에 수준들의 격자가 보입니다.',
      },
      question: {
        ask: {
          en: 'A float’s steps grow with the magnitude; INT8’s step is fixed. What must we choose before we can use INT8?',
          ko: '부동소수점은 값이 클수록 간격이 넓어지지만 INT8의 간격은 고정입니다. INT8을 쓰려면 먼저 무엇을 정해야 할까요?',
        },
        answer: {
          en: 'The clipping range [β, α]: it fixes the step and decides which values are clipped. The next lessons are about choosing it.',
          ko: '클리핑 범위 [β, α]입니다. 이 범위가 간격을 정하고 어떤 값이 잘릴지도 정합니다. 다음 수업들은 이 범위를 고르는 이야기입니다.',
        },
      },
    },
  ],
};
