import type { Lesson } from '../types';

/** Lesson 7: GELU's small negative outputs under a max range, GELU10, and the published BERT-Large figures. */
export const activations: Lesson = {
  id: 'activations',
  title: { en: 'Activation functions: GELU’s vanishing negatives', ko: '활성화 함수: 사라지는 GELU의 음수' },
  summary: {
    en: 'Why a max range erases GELU’s negative outputs, and how clamping to ±10 (GELU10) keeps them.',
    ko: '최댓값 범위가 GELU의 음수 출력을 지워 버리는 이유와, ±10으로 제한하는 GELU10이 이를 지키는 방법.',
  },
  steps: [
    {
      scene: '?v=1&panel=activations',
      focus: 'lab.panel',
      text: {
        en: 'Smooth activations such as GELU and Swish do not stop at zero like ReLU: they dip slightly below it. GELU’s lowest output is {{geluMin}}, at x = {{geluMinX}}. Every negative input therefore ends up in a narrow band of small negative outputs, while positive inputs pass almost unchanged.',
        ko: 'GELU나 Swish 같은 매끄러운 활성화 함수는 ReLU처럼 0에서 멈추지 않고 살짝 아래로 내려갑니다. GELU의 최솟값은 x = {{geluMinX}}에서 {{geluMin}}입니다. 그래서 음수 입력은 모두 작은 음수 출력의 좁은 띠로 모이고, 양수 입력은 거의 그대로 지나갑니다.',
      },
      tryThis: {
        en: 'Pick Swish in the function menu and compare its minimum with GELU’s.',
        ko: '함수 메뉴에서 Swish를 골라 최솟값을 GELU와 비교해 보세요.',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&zoom=-1,1',
      focus: 'hist.svg',
      text: {
        en: 'Zoomed in on [−1, 1]: with a symmetric max range [{{beta}}, {{alpha}}], the step is {{scale}}, wider than GELU’s whole negative band. Every negative output rounds to zero: {{negLevels}} negative levels are used. The information that these inputs were negative is gone.',
        ko: '[−1, 1]을 확대했습니다. 대칭 최댓값 범위 [{{beta}}, {{alpha}}]에서 간격은 {{scale}}로, GELU의 음수 띠 전체보다 넓습니다. 음수 출력은 모두 0으로 반올림되어, 사용되는 음수 수준은 {{negLevels}}개입니다. 이 입력들이 음수였다는 정보가 사라졌습니다.',
      },
      tryThis: {
        en: 'Raise the bit width until at least one negative level appears: how many bits does it take?',
        ko: '음수 수준이 하나라도 나타날 때까지 비트 수를 올려 보세요. 몇 비트가 필요한가요?',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=own&range=-10,10&zoom=-1,1',
      focus: 'hist.svg',
      text: {
        en: 'GELU10 clamps the output to [−10, 10], which is the same as quantizing with the range [{{beta}}, {{alpha}}]. The step drops to {{scale}}, and now {{negLevels}} negative levels survive. The price: the few outputs above 10, {{clippedPct}} of them, are clipped.',
        ko: 'GELU10은 출력을 [−10, 10]으로 제한합니다. 범위 [{{beta}}, {{alpha}}]로 양자화하는 것과 같습니다. 간격이 {{scale}}로 줄고, 이제 음수 수준 {{negLevels}}개가 살아남습니다. 대가로 10을 넘는 몇 안 되는 출력, 전체의 {{clippedPct}}가 잘립니다.',
      },
      tryThis: {
        en: 'Drag α from 10 towards 50 and count the negative levels as they disappear.',
        ko: 'α를 10에서 50 쪽으로 끌면서 음수 수준이 사라지는 것을 세어 보세요.',
      },
      question: {
        ask: {
          en: 'Clipping at 10 throws away real information too. Why is it still a good trade?',
          ko: '10에서 자르는 것도 실제 정보를 버립니다. 그런데도 왜 좋은 거래일까요?',
        },
        answer: {
          en: 'Very few outputs exceed 10, and they change little once they are large; the many small negative outputs carry signal that a max range wipes out completely.',
          ko: '10을 넘는 출력은 아주 드물고, 이미 큰 값은 조금 잘려도 영향이 작습니다. 반면 수많은 작은 음수 출력에는 최댓값 범위가 통째로 지워 버리는 신호가 담겨 있습니다.',
        },
      },
    },
    {
      scene: '?v=1&panel=activations&act=gelu10',
      focus: 'lab.bert',
      text: {
        en: 'Published figures, not computed here (Wu et al., 2020, quoted in the article): BERT-Large on SQuAD v1.1 scored F1 91.01 in FP32. Int8 PTQ with max calibration gave 85.92 and entropy only 37.40, while max with GELU10 reached 90.66, next to the 90.67 of the best quantization-aware training.',
        ko: '여기서 계산한 것이 아닌 발표된 수치입니다(Wu 외, 2020, 글에서 인용). SQuAD v1.1에서 BERT-Large의 F1은 FP32에서 91.01이었습니다. int8 PTQ에 max 보정을 쓰면 85.92, 엔트로피는 37.40에 그쳤지만, max에 GELU10을 더하면 90.66으로, 가장 좋은 양자화 인식 학습(QAT)의 90.67과 거의 같았습니다.',
      },
      tryThis: {
        en: 'In the lab’s table above, compare the negative levels column of “max, symmetric” and “max on GELU10, symmetric”.',
        ko: '위쪽 실험 표에서 “max, 대칭”과 “GELU10에 max, 대칭” 행의 음수 수준 열을 비교해 보세요.',
      },
      question: {
        ask: {
          en: 'Entropy calibration often does better than max. Why might it fail so badly here?',
          ko: '엔트로피 보정은 max보다 나은 경우가 많습니다. 여기서는 왜 이렇게 나빴을까요?',
        },
        answer: {
          en: 'A likely reason: it matches the bulk of the histogram and clips the rare large activations that BERT relies on. Lower error on most values does not mean the values the model needs survive.',
          ko: '그럴듯한 이유는, 히스토그램의 몸통에 맞추느라 BERT가 기대는 드문 큰 활성화를 잘라 냈기 때문입니다. 대부분의 값에서 오차가 작다고 모델에 필요한 값이 살아남는다는 뜻은 아닙니다.',
        },
      },
    },
  ],
};
