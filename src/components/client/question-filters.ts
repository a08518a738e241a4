/**
 * The filters of /questions/: hide the questions outside the chosen topic and difficulty, say how
 * many are left, and keep the choice in the address so a filtered sheet can be shared or reloaded.
 */
export function initQuestionFilters() {
  const selects = [...document.querySelectorAll<HTMLSelectElement>('.qi-filters select[name]')];
  const count = document.querySelector<HTMLElement>('.qi-count');
  const none = document.querySelector<HTMLElement>('.qi-none');
  if (!selects.length || !count || !none) return;
  const sections = [...document.querySelectorAll<HTMLElement>('.qi-topic')];
  const total = document.querySelectorAll('.qi-item').length;

  const apply = () => {
    const [topic, difficulty] = selects.map((s) => s.value);
    let shown = 0;
    for (const section of sections) {
      let inSection = 0;
      const topicMatches = !topic || section.dataset.topic === topic;
      section.querySelectorAll<HTMLElement>('.qi-item').forEach((item) => {
        const match = topicMatches && (!difficulty || item.dataset.difficulty === difficulty);
        item.hidden = !match;
        if (match) inSection++;
      });
      section.hidden = inSection === 0;
      shown += inSection;
    }
    none.hidden = shown > 0;
    count.textContent = shown === total ? `共 ${total} 道题` : `显示 ${shown} / ${total} 道题`;
    const url = new URL(location.href);
    for (const s of selects) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };

  const params = new URLSearchParams(location.search);
  let chosen = false;
  for (const s of selects) {
    const wanted = params.get(s.name);
    if (wanted && [...s.options].some((o) => o.value === wanted)) {
      s.value = wanted;
      chosen = true;
    }
    s.addEventListener('change', apply);
  }
  // The page arrives showing everything; only a choice carried in the address needs the list touched.
  if (chosen) apply();
}
