import type { Lesson } from '../types';

/** Lesson 5: a few outliers stretch the range; clipping them, SmoothQuant, and BF16's range. */
export const outliers: Lesson = {
  id: 'outliers',
  title: { en: 'Outliers: when a few values stretch the range', ko: '이상치: 몇 개의 값이 범위를 늘릴 때' },
  summary: {
    en: 'A handful of large values ruin a max range; clipping, SmoothQuant and BF16 each answer differently.',
    ko: '큰 값 몇 개가 최댓값 범위를 망칩니다. 클리핑, SmoothQuant, BF16은 저마다 다르게 대처합니다.',
  },
  steps: [
    {
      scene: '?v=1',
      focus: 'hist.svg',
      text: {
        en: 'These weights are Laplace-distributed with a few outliers, 1 in 10 000, out near ±1 … 2. The max range must reach them: [{{beta}}, {{alpha}}], with a step of {{scale}}. The bulk of the weights sits within a small fraction of that width, so it shares only a few dozen levels; the SQNR is {{sqnr}}.',
        ko: '이 가중치는 라플라스 분포를 따르고, 1만 개 중 하나꼴로 ±1 … 2 근처의 이상치가 섞여 있습니다. 최댓값 범위는 이들까지 닿아야 하므로 [{{beta}}, {{alpha}}]가 되고 간격은 {{scale}}입니다. 대부분의 가중치는 그 폭의 작은 일부에 모여 있어 수준 수십 개만 나눠 씁니다. SQNR은 {{sqnr}}입니다.',
      },
      tryThis: {
        en: 'Turn off “Log counts” in the side panel: can you still see the outliers?',
        ko: '옆 패널에서 “로그 스케일 빈도”를 꺼 보세요. 이상치가 아직 보이나요?',
      },
    },
    {
      scene: '?v=1&calib=p99.99',
      focus: 'error.panel',
      text: {
        en: 'The 99.99th percentile of |x| clips the range to [{{beta}}, {{alpha}}]. Only {{clippedPct}} of the weights are clipped ({{clipped}} values), and the step shrinks to {{scale}}. The SQNR is now {{sqnr}}: the many small weights gain more than the few outliers lose.',
        ko: '|x|의 99.99 백분위수로 범위를 [{{beta}}, {{alpha}}]까지 줄였습니다. 잘리는 가중치는 {{clippedPct}}({{clipped}}개)뿐이고 간격은 {{scale}}로 줄었습니다. 이제 SQNR은 {{sqnr}}입니다. 많은 작은 가중치가 얻는 이득이 몇 안 되는 이상치가 잃는 것보다 큽니다.',
      },
      tryThis: {
        en: 'Click the other rows of the calibrators’ table and watch the SQNR and the clipped share change together.',
        ko: '보정 기법 표의 다른 행을 눌러 보며 SQNR과 잘린 비율이 함께 어떻게 변하는지 보세요.',
      },
      question: {
        ask: {
          en: 'Clipping lowers the error here. When could clipping outliers hurt a model even so?',
          ko: '여기서는 클리핑이 오차를 줄였습니다. 그래도 이상치를 자르는 것이 모델에 해로울 때는 언제일까요?',
        },
        answer: {
          en: 'When the outliers carry meaning: in transformers a few large activation channels matter a lot for the output, so flattening them can cost more accuracy than the MSE suggests.',
          ko: '이상치가 의미를 담고 있을 때입니다. 트랜스포머에서는 몇몇 큰 활성화 채널이 출력에 큰 영향을 주므로, 이를 잘라 내면 MSE가 보여 주는 것보다 정확도를 더 잃을 수 있습니다.',
        },
      },
    },
    {
      scene: '?v=1&panel=activations',
      focus: 'smooth.panel',
      text: {
        en: 'In large language models the outliers sit in a few activation channels, while the weights are tame. SmoothQuant divides each activation channel j by s_j and multiplies the matching row of W by the same s_j: the product X·W is unchanged, but part of the difficulty moves from the activations into the weights, where it is easier to quantize.',
        ko: '큰 언어 모델에서는 이상치가 몇몇 활성화 채널에 몰려 있고, 가중치는 비교적 얌전합니다. SmoothQuant는 활성화 채널 j를 s_j로 나누고 W의 해당 행에 같은 s_j를 곱합니다. 곱 X·W는 그대로지만, 양자화의 어려움 일부가 활성화에서 다루기 쉬운 가중치 쪽으로 옮겨 갑니다.',
      },
      tryThis: {
        en: 'Move the α slider from 0 to 1 and watch the error of X fall while the error of W rises.',
        ko: 'α 슬라이더를 0에서 1로 움직이며 X의 오차는 줄고 W의 오차는 늘어나는 모습을 보세요.',
      },
      question: {
        ask: { en: 'Why does SmoothQuant not change the layer’s output?', ko: 'SmoothQuant는 왜 층의 출력을 바꾸지 않을까요?' },
        answer: {
          en: 'Because X·diag(s)⁻¹ · diag(s)·W = X·W: the scales cancel exactly before quantization, and the division can be folded into the previous layer.',
          ko: 'X·diag(s)⁻¹ · diag(s)·W = X·W이므로, 양자화 전에는 scale이 정확히 상쇄됩니다. 나눗셈은 앞 층에 미리 합쳐 둘 수 있습니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers',
      focus: 'formats.panel',
      text: {
        en: 'Another answer is to keep a float format with a wide range. These activations reach {{max}}; BF16 has the exponent range of FP32, so no value overflows, and its error is relative to each value’s size rather than set by one shared step. The price is precision: only 8 significant bits.',
        ko: '또 다른 답은 범위가 넓은 부동소수점 형식을 쓰는 것입니다. 이 활성화 값은 {{max}}까지 가는데, BF16은 FP32와 지수 범위가 같아 넘치는 값이 없고, 오차도 공유된 간격 하나가 아니라 각 값의 크기에 비례합니다. 대가는 정밀도로, 유효 비트가 8개뿐입니다.',
      },
      tryThis: {
        en: 'Compare the max relative error of BF16 with that of INT8 on the cards.',
        ko: '카드에서 BF16과 INT8의 최대 상대 오차를 비교해 보세요.',
      },
    },
  ],
};
