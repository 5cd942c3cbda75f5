/** Strings of the robustness work (#14): opening progress, fallbacks, link confirmation, clamping and Worker restarts. */
export const robustEn = {
  phase: {
    files: 'Checking the files',
    members: 'Listing the archive',
    shards: 'Finding the weight shards',
  },
  items: '{{done}} of {{total}}',
  loadFailedDefault: 'Could not load the tensor: {{message}}. The built-in sample is shown instead.',
};

export const robustKo: typeof robustEn = {
  phase: {
    files: '파일 확인 중',
    members: '압축 파일 목록 읽는 중',
    shards: '가중치 조각 파일 찾는 중',
  },
  items: '{{total}}개 중 {{done}}개',
  loadFailedDefault: '텐서를 불러오지 못했습니다: {{message}}. 대신 내장 샘플을 보여 줍니다.',
};
