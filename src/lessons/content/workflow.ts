import type { Lesson } from '../types';

/** Lesson 9: PTQ baseline, sensitivity analysis, partial quantization, then QAT, on the Model tab. */
export const workflow: Lesson = {
  id: 'workflow',
  title: { en: 'A workflow: from PTQ to QAT', ko: '작업 순서: PTQ에서 QAT까지' },
  summary: {
    en: 'Start cheap, find the sensitive layers, keep them in float, and train only if you must.',
    ko: '싼 방법부터 시작해 민감한 층을 찾고, 그 층은 실수로 두고, 꼭 필요할 때만 학습합니다.',
  },
  steps: [
    {
      scene: '?v=1&panel=model',
      focus: 'model.ptq',
      text: {
        en: 'Step 1, a PTQ baseline: quantize every layer, try several calibrators, and keep the best. This MLP scores {{fp32Acc}} in FP32 and {{ptqAcc}} with every layer at 4 bits and max calibration. If that loss is acceptable, you are done, at almost no cost.',
        ko: '1단계, PTQ 기준선: 모든 층을 양자화하고 여러 보정 기법을 시험해 가장 좋은 것을 고릅니다. 이 MLP는 FP32에서 {{fp32Acc}}, 모든 층을 4비트로 두고 max로 보정하면 {{ptqAcc}}입니다. 이 정도 손실을 받아들일 수 있다면 거의 비용 없이 끝납니다.',
      },
      tryThis: {
        en: 'Sort the PTQ table by accuracy: which calibrator would you take as the baseline?',
        ko: 'PTQ 표를 정확도 순으로 정렬해 보세요. 기준선으로 어떤 보정 기법을 고르겠습니까?',
      },
    },
    {
      scene: '?v=1&panel=model',
      focus: 'model.sensitivity',
      text: {
        en: 'Step 2, sensitivity analysis: quantize one layer at a time, leave the others in float, and measure the accuracy each one costs (and the converse: every layer but one). A few layers usually account for most of the loss; here the most sensitive is {{sensitiveLayer}}.',
        ko: '2단계, 민감도 분석: 한 번에 층 하나만 양자화하고 나머지는 실수로 둔 채, 층마다 정확도를 얼마나 깎는지 잽니다(반대로, 하나만 빼고 모두 양자화하기도 합니다). 대개 몇 개의 층이 손실 대부분을 차지합니다. 여기서 가장 민감한 층은 {{sensitiveLayer}}입니다.',
      },
      tryThis: {
        en: 'Change the activation bits to 3: does the ranking of the layers change?',
        ko: '활성화 비트를 3으로 바꿔 보세요. 층의 순위가 바뀌나요?',
      },
      question: {
        ask: {
          en: 'Why might the first or the last layer of a network be the most sensitive?',
          ko: '신경망의 첫 층이나 마지막 층이 가장 민감한 경우가 많은 이유는 무엇일까요?',
        },
        answer: {
          en: 'The first layer sees the raw input and the last one produces the scores directly: their errors are not averaged away by later layers, and they are often small, so keeping them in float costs little.',
          ko: '첫 층은 입력을 그대로 받고 마지막 층은 점수를 바로 내놓기 때문에, 그 오차가 뒤따르는 층에서 평균으로 묻히지 않습니다. 게다가 보통 크기가 작아서 실수로 남겨도 비용이 적습니다.',
        },
      },
    },
    {
      scene: '?v=1&panel=model',
      focus: 'model.partial',
      text: {
        en: 'Step 3, partial quantization: keep the most sensitive layers in FP16 or FP32 and quantize the rest. Keeping only {{sensitiveLayer}} in float brings the accuracy from {{ptqAcc}} to {{partialAcc}}. Most of the speed and memory gain remains, since the other layers are still integer.',
        ko: '3단계, 부분 양자화: 가장 민감한 층은 FP16이나 FP32로 두고 나머지를 양자화합니다. {{sensitiveLayer}} 하나만 실수로 두어도 정확도가 {{ptqAcc}}에서 {{partialAcc}}로 바뀝니다. 나머지 층은 여전히 정수이므로 속도와 메모리 이득은 대부분 남습니다.',
      },
      tryThis: {
        en: 'Click the point for k = 1 on the chart to put that layer into the keep-in-float list, then copy the link.',
        ko: '그래프에서 k = 1 점을 눌러 그 층을 실수 유지 목록에 넣은 뒤, 링크를 복사해 보세요.',
      },
    },
    {
      scene: '?v=1&panel=model',
      focus: 'model.qat',
      text: {
        en: 'Step 4, only if that is still not enough: QAT. Fine-tune with fake quantization for a small fraction of the original schedule (around a tenth), starting from about 1 % of the original learning rate and letting it decay. It costs labelled data and training time, which is why it comes last.',
        ko: '4단계, 그래도 부족할 때만: QAT. 원래 학습 일정의 작은 일부(10분의 1 안팎) 동안 가짜 양자화를 넣고 미세조정하며, 학습률은 원래의 1 % 정도에서 시작해 점점 줄입니다. 레이블된 데이터와 학습 시간이 들기 때문에 마지막 순서에 옵니다.',
      },
      tryThis: {
        en: 'Run the recipe and watch the loss: how many steps does it take to recover most of the lost accuracy?',
        ko: '권장 설정으로 돌리며 손실을 지켜보세요. 잃었던 정확도 대부분을 되찾는 데 몇 단계가 걸리나요?',
      },
    },
    {
      scene: '?v=1&panel=model',
      focus: 'model.workflowPanel',
      text: {
        en: 'The whole path on one chart: FP32 at {{fp32Acc}}, the PTQ baseline at {{ptqAcc}}, partial quantization at {{partialAcc}}, and QAT once you have run it. Each stage costs more effort than the one before, so stop as soon as the accuracy is good enough.',
        ko: '전체 과정을 그래프 하나에 담았습니다. FP32는 {{fp32Acc}}, PTQ 기준선은 {{ptqAcc}}, 부분 양자화는 {{partialAcc}}이고, QAT는 돌리고 나면 나타납니다. 단계마다 앞 단계보다 품이 더 드니, 정확도가 충분해지는 순간 멈추면 됩니다.',
      },
      tryThis: {
        en: 'Discuss: for a phone app, which would you try first, keeping one layer in FP16 or running QAT? Why?',
        ko: '토론해 보세요: 휴대폰 앱이라면 층 하나를 FP16으로 두는 것과 QAT를 돌리는 것 중 무엇을 먼저 해 보겠습니까? 왜 그런가요?',
      },
      question: {
        ask: { en: 'When would you skip straight to QAT?', ko: '언제 곧바로 QAT로 건너뛰겠습니까?' },
        answer: {
          en: 'When the target hardware runs integers only (no float layers allowed), or when very low bit widths make PTQ collapse even with sensitive layers kept in float.',
          ko: '대상 하드웨어가 정수 연산만 지원해 실수 층을 둘 수 없을 때, 또는 비트 수가 아주 낮아 민감한 층을 실수로 남겨도 PTQ가 무너질 때입니다.',
        },
      },
    },
  ],
};
