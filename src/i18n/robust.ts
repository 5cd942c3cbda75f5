/** Strings of the robustness work (#14): opening progress, fallbacks, link confirmation, clamping and Worker restarts. */
export const robustEn = {
  phase: {
    files: 'Checking the files',
    members: 'Listing the archive',
    shards: 'Finding the weight shards',
  },
  items: '{{done}} of {{total}}',
  loadFailedDefault: 'Could not load the tensor: {{message}}. The built-in sample is shown instead.',
  askUrl:
    'This link wants to download a file from {{host}} ({{url}}). Nothing is fetched unless you agree; the size is shown while it downloads.',
  loadFrom: 'Download from {{host}}',
  notNow: 'Not now',
  restarted:
    'The computing engine (a Web Worker) stopped ({{why}}) and was replaced by a fresh one; the tensor was loaded again and your settings kept.',
  clamped: 'The range or zoom asked for went beyond what the chart can draw for this tensor, so it was limited to the drawable span.',
};

export const robustKo: typeof robustEn = {
  phase: {
    files: '파일 확인 중',
    members: '압축 파일 목록 읽는 중',
    shards: '가중치 조각 파일 찾는 중',
  },
  items: '{{total}}개 중 {{done}}개',
  loadFailedDefault: '텐서를 불러오지 못했습니다: {{message}}. 대신 내장 샘플을 보여 줍니다.',
  askUrl:
    '이 링크는 {{host}}에서 파일을 내려받으려 합니다 ({{url}}). 동의하기 전에는 아무것도 가져오지 않으며, 내려받는 동안 크기가 표시됩니다.',
  loadFrom: '{{host}}에서 내려받기',
  notNow: '나중에',
  restarted: '계산 엔진(웹 워커)이 멈춰서({{why}}) 새로 시작했습니다. 텐서를 다시 불러왔고 설정은 그대로입니다.',
  clamped: '요청한 범위나 확대가 이 텐서의 차트가 그릴 수 있는 한계를 넘어서, 그릴 수 있는 구간으로 줄였습니다.',
};
