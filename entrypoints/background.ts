export default defineBackground(() => {
  console.log('placeholder');
});
