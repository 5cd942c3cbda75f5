import type { Lesson } from '../types';

/** Lesson 9: PTQ baseline, sensitivity analysis, partial quantization, then QAT. */
export const workflow: Lesson = {
  id: 'workflow',
  title: { en: 'A workflow: from PTQ to QAT', ko: '작업 순서: PTQ에서 QAT까지' },
  summary: {
    en: 'Start cheap, find the sensitive layers, keep them in float, and train only if you must.',
    ko: '싼 방법부터 시작해 민감한 층을 찾고, 그 층은 실수로 두고, 꼭 필요할 때만 학습합니다.',
  },
  steps: [
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=p99.999',
      focus: 'calib.panel',
      text: {
        en: 'Step 1, a PTQ baseline: quantize every compute-heavy layer and calibrate with several methods, keeping the best. On these activations the 99.999th percentile picks α = {{alpha}} and clips {{clippedPct}}; the lowest MSE in the table belongs to {{bestCalib}}. How the activation range is clipped often decides the outcome.',
        ko: '1단계, PTQ 기준선: 연산이 많은 층을 모두 양자화하고 여러 보정 기법을 시험해 가장 좋은 것을 고릅니다. 이 활성화에서 99.999 백분위수는 α = {{alpha}}를 고르고 값의 {{clippedPct}}를 자릅니다. 표에서 최저 MSE는 {{bestCalib}}의 것입니다. 활성화 범위를 어떻게 자르느냐가 결과를 좌우하는 경우가 많습니다.',
      },
      tryThis: {
        en: 'Click through max, entropy and the percentiles, and note which one you would take as the baseline.',
        ko: 'max, 엔트로피, 백분위수들을 차례로 눌러 보고, 기준선으로 무엇을 고를지 적어 보세요.',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=p99.999',
      focus: 'error.panel',
      comingSoon: 'model',
      text: {
        en: 'Step 2, sensitivity analysis: quantize one layer at a time and measure how much accuracy each costs. A few layers usually account for most of the loss. The Model tab will run this on a small network and rank its layers.',
        ko: '2단계, 민감도 분석: 한 번에 층 하나만 양자화해서 각 층이 정확도를 얼마나 깎는지 잽니다. 대개 몇 개의 층이 손실 대부분을 차지합니다. 모델 탭에서 작은 신경망으로 이 분석을 돌려 층의 순위를 매기게 됩니다.',
      },
      tryThis: {
        en: 'Until then: the SQNR here is {{sqnr}}. Which layers of a network would you expect to be most sensitive, and why?',
        ko: '그때까지는: 여기의 SQNR은 {{sqnr}}입니다. 신경망의 어떤 층이 가장 민감할 것 같나요? 왜 그런가요?',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=p99.999',
      focus: 'hist.svg',
      comingSoon: 'model',
      text: {
        en: 'Step 3, partial quantization: keep the most sensitive layers in FP16 or FP32 and quantize the rest to INT8. Most of the speed and memory gain stays, and most of the lost accuracy comes back. Step 4, only if that is not enough: QAT, as a short fine-tune (about a tenth of the original schedule) starting from a small learning rate that decays.',
        ko: '3단계, 부분 양자화: 가장 민감한 층은 FP16이나 FP32로 두고 나머지를 INT8로 양자화합니다. 속도와 메모리 이득은 대부분 남고, 잃었던 정확도는 대부분 돌아옵니다. 4단계, 그래도 부족할 때만: QAT를 짧은 미세조정으로 돌립니다(원래 학습 일정의 10분의 1 정도). 작은 학습률에서 시작해 점점 줄여 갑니다.',
      },
      tryThis: {
        en: 'Discuss: for a phone app, which would you try first, keeping two layers in FP16 or running QAT? Why?',
        ko: '토론해 보세요: 휴대폰 앱이라면 층 두 개를 FP16으로 두는 것과 QAT를 돌리는 것 중 무엇을 먼저 해 보겠습니까? 왜 그런가요?',
      },
    },
  ],
};
