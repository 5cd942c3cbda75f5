/** Strings of the overview table's column chooser (the column names themselves are overview.columns). */
export const overviewColumnsEn = {
  menu: 'Columns',
  title: 'Choose the table’s columns; the choice goes into the link',
  defaults: 'Default columns',
  defaultsTitle: 'Presenter mode: the columns that fit a projector; otherwise every column',
};

export const overviewColumnsKo: typeof overviewColumnsEn = {
  menu: '열 선택',
  title: '표에 보일 열을 고릅니다. 고른 열은 링크에 담깁니다',
  defaults: '기본 열',
  defaultsTitle: '발표 모드에서는 프로젝터 화면에 맞는 열, 그 밖에는 모든 열',
};
