import { render } from 'preact';
render(<p>VN News Annotator</p>, document.getElementById('app')!);
